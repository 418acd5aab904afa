import { Instrumenter } from '@stryker-mutator/instrumenter';
import instrumenterPackage from '@stryker-mutator/instrumenter/package.json' with { type: 'json' };
import { nodeSandbox } from '../node-sandbox';
import type { Mutant, MutationLanguage } from './mutant';
import { lineStarts } from './source-text';

const quiet = () => undefined;
/** Stryker's logger interface; only warnings and errors are worth showing. */
const logger = {
  isTraceEnabled: () => false,
  isDebugEnabled: () => false,
  isInfoEnabled: () => false,
  isWarnEnabled: () => true,
  isErrorEnabled: () => true,
  isFatalEnabled: () => true,
  trace: quiet,
  debug: quiet,
  info: quiet,
  warn: (message: string) => console.warn(`stryker: ${message}`),
  error: (message: string) => console.error(`stryker: ${message}`),
  fatal: (message: string) => console.error(`stryker: ${message}`),
};

/**
 * Every mutant Stryker's instrumenter finds in `code` (all of its mutators), each turned into
 * a plain mutated source: the mutant's replacement spliced over the text it replaces. Running
 * that source is running a wrong solution, exactly as validate runs wrong/*.js.
 */
export async function jsMutants(code: string): Promise<Mutant[]> {
  const instrumenter = new Instrumenter(logger);
  const { mutants } = await instrumenter.instrument(
    [{ name: 'solution.js', content: code, mutate: true }],
    { plugins: null, excludedMutations: [], ignorers: [] },
  );
  const starts = lineStarts(code);
  // Stryker's lines are 0-based, columns 0-based.
  const offset = (p: { line: number; column: number }) =>
    (starts[p.line] ?? code.length) + p.column;
  return mutants
    .map((m) => {
      const from = offset(m.location.start);
      const to = offset(m.location.end);
      return {
        mutator: m.mutatorName,
        line: m.location.start.line + 1,
        column: m.location.start.column + 1,
        endLine: m.location.end.line + 1,
        endColumn: m.location.end.column + 1,
        original: code.slice(from, to),
        replacement: m.replacement,
        code: code.slice(0, from) + m.replacement + code.slice(to),
      };
    })
    .filter((m) => m.code !== code);
}

export const javascript: MutationLanguage = {
  id: 'js',
  file: 'solution.js',
  runAs: 'js',
  generator: `@stryker-mutator/instrumenter@${instrumenterPackage.version}`,
  reference: (problem) => problem.solution,
  mutants: jsMutants,
  sandbox: nodeSandbox,
};
