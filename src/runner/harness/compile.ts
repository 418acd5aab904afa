import { parse } from 'acorn';
import { transform } from 'sucrase';
import type { CodeLocation, ErrorInfo, Language } from '../protocol';

/** File name user code runs under, so stack frames can be mapped back to it. */
export const USER_FILE = 'solution.js';
/** `new Function` puts two lines ("function anonymous(…" and ") {") before the body. */
const FUNCTION_HEADER_LINES = 2;

function compileError(name: string, message: string, location?: CodeLocation): ErrorInfo {
  return location
    ? { kind: 'compile', name, message, location }
    : { kind: 'compile', name, message };
}

/** Strips ES module syntax that has no meaning in a single solution file. */
function stripModuleSyntax(code: string): string {
  return code.replace(
    /^(\s*)export\s+(default\s+)?(?=(async\s+)?(function|class|const|let|var)\b)/gm,
    '$1',
  );
}

/** TypeScript → JavaScript with sucrase (types removed, lines kept). */
export function transpile(
  code: string,
  language: Language,
): { ok: true; js: string } | { ok: false; error: ErrorInfo } {
  const source = stripModuleSyntax(code);
  if (language === 'js') return { ok: true, js: source };
  try {
    return {
      ok: true,
      js: transform(source, { transforms: ['typescript'], disableESTransforms: true }).code,
    };
  } catch (error) {
    const message = String((error as Error).message ?? error);
    const at = /\((\d+):(\d+)\)\s*$/.exec(message);
    const location = at ? { line: Number(at[1]), column: Number(at[2]) + 1 } : undefined;
    return {
      ok: false,
      error: compileError('SyntaxError', message.replace(/\s*\(\d+:\d+\)\s*$/, ''), location),
    };
  }
}

/** Finds a syntax error's line and column, which `new Function` does not report. */
export function locateSyntaxError(js: string): CodeLocation | undefined {
  try {
    parse(js, { ecmaVersion: 'latest', sourceType: 'script', allowReturnOutsideFunction: true });
    return undefined;
  } catch (error) {
    const loc = (error as { loc?: { line: number; column: number } }).loc;
    return loc ? { line: loc.line, column: loc.column + 1 } : undefined;
  }
}

/** The first stack frame in the user's file, mapped back to their line and column. */
export function locateInStack(stack: unknown): CodeLocation | undefined {
  if (typeof stack !== 'string') return undefined;
  const match = new RegExp(`${USER_FILE.replace('.', '\\.')}:(\\d+):(\\d+)`).exec(stack);
  if (!match) return undefined;
  return { line: Number(match[1]) - FUNCTION_HEADER_LINES, column: Number(match[2]) };
}

/**
 * Turns the user's source into a factory: calling it with the injected names'
 * values evaluates the code and returns the value bound to `exportName`.
 */
export function compileFactory(
  js: string,
  injected: readonly string[],
  exportName: string,
): { ok: true; factory: (...values: unknown[]) => unknown } | { ok: false; error: ErrorInfo } {
  const body = `${js}\n;return (typeof ${exportName} !== 'undefined' ? ${exportName} : undefined);\n//# sourceURL=${USER_FILE}`;
  try {
    return {
      ok: true,
      factory: new Function(...injected, body) as (...values: unknown[]) => unknown,
    };
  } catch (error) {
    const err = error as Error;
    return {
      ok: false,
      error: compileError(err.name || 'SyntaxError', err.message, locateSyntaxError(js)),
    };
  }
}
