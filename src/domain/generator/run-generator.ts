import type { Problem } from '../problem/problem.schema';
import { seededRandom } from './seeded-random';

export type Generate = (n: number, random: () => number) => unknown;

/** Compiles a problem's generator.js (trusted author code defining `function generate(n, random)`). */
export function compileGenerator(source: string): Generate {
  const generate = new Function(
    `${source}\n;return typeof generate === 'function' ? generate : undefined;`,
  )() as Generate | undefined;
  if (!generate) throw new Error('generator.js must define function generate(n, random)');
  return generate;
}

/** Why generated arguments do not fit the problem's entry, or null when they do. */
export function checkGeneratedArgs(entry: Problem['entry'], args: unknown): string | null {
  if (!Array.isArray(args))
    return `generate(n) must return an array of arguments, got ${typeof args}`;
  if (entry.kind === 'class') {
    const [first] = args as unknown[];
    if (!Array.isArray(first) || first[0] !== entry.name) {
      return `a class problem's generator must return calls starting with ["${entry.name}", ...ctorArgs]`;
    }
    const bad = args.findIndex((call) => !Array.isArray(call) || typeof call[0] !== 'string');
    return bad === -1 ? null : `call #${bad} must be [methodName, ...args]`;
  }
  if (args.length !== entry.params.length) {
    return `generate(n) returned ${args.length} arguments; ${entry.name} takes ${entry.params.length}`;
  }
  return null;
}

/** Generated arguments for size n with a fixed seed, checked against the entry's signature. */
export function generateArgs(
  problem: Pick<Problem, 'entry' | 'generator'>,
  n: number,
  seed = 42,
): unknown[] {
  const args = compileGenerator(problem.generator)(n, seededRandom(seed + n));
  const problemWithArgs = checkGeneratedArgs(problem.entry, args);
  if (problemWithArgs) throw new Error(problemWithArgs);
  return args as unknown[];
}
