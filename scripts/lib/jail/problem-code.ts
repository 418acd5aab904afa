/**
 * Problem code (checker.js, generator.js) served from its own jailed child,
 * never from the one running solution code: a checker decides verdicts, so
 * solution code must not share its realm.
 */
import { compileGenerator, type Generate } from '../../../src/domain/generator/run-generator';
import { seededRandom } from '../../../src/domain/generator/seeded-random';
import { compileChecker, type Checker } from '../../../src/domain/judge/compare';

export type CheckOutcome = { ok: true; verdict: boolean | string } | { ok: false; error: string };

function message(error: unknown): string {
  try {
    const e = error as Error;
    return e instanceof Error ? `${e.name}: ${e.message}` : String(error);
  } catch {
    return 'an error that cannot be displayed';
  }
}

export function createProblemCode() {
  let checker: Checker | null = null;
  let generate: Generate | null = null;
  return {
    ping: () => 'pong',
    loadChecker(source: string): { ok: true } | { ok: false; error: string } {
      try {
        checker = compileChecker(source);
        if (typeof checker !== 'function')
          throw new TypeError('checker.js must define function check');
        return { ok: true };
      } catch (error) {
        return { ok: false, error: message(error) };
      }
    },
    check(args: unknown[], actual: unknown, expected: unknown): CheckOutcome {
      if (!checker) return { ok: false, error: 'no checker loaded' };
      try {
        const verdict = checker(args, actual, expected);
        return { ok: true, verdict: typeof verdict === 'string' ? verdict : verdict === true };
      } catch (error) {
        return { ok: false, error: message(error) };
      }
    },
    loadGenerator(source: string): { ok: true } | { ok: false; error: string } {
      try {
        generate = compileGenerator(source);
        return { ok: true };
      } catch (error) {
        return { ok: false, error: message(error) };
      }
    },
    generate(n: number, seed: number): { ok: true; args: unknown } | { ok: false; error: string } {
      if (!generate) return { ok: false, error: 'no generator loaded' };
      try {
        return { ok: true, args: generate(n, seededRandom(seed + n)) };
      } catch (error) {
        return { ok: false, error: message(error) };
      }
    },
  };
}
