import { parse } from 'acorn';
import type { Problem } from '../../src/domain/problem/problem.schema';

/**
 * Parses (never runs) the problem's own JavaScript files, so that a syntax
 * error is reported against the file that holds it rather than as a failing
 * solution. Each file is a function body: `return` at the top level is allowed.
 */
export function syntaxErrors(problem: Problem): string[] {
  const files: [string, string | undefined][] = [
    ['generator.js', problem.generator],
    ['checker.js', problem.checker],
    ['spec.js', problem.spec.visible],
    ['spec.hidden.js', problem.spec.hidden],
  ];
  const errors: string[] = [];
  for (const [file, source] of files) {
    if (source === undefined) continue;
    try {
      parse(source, {
        ecmaVersion: 'latest',
        sourceType: 'script',
        allowReturnOutsideFunction: true,
      });
    } catch (error) {
      errors.push(`${file} does not parse: ${(error as Error).message}`);
    }
  }
  return errors;
}
