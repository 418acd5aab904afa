import { dequal } from 'dequal';
import type { Compare } from '../problem/problem.schema';
import { countNodes, exceedsOrCycles } from './value-size';

/** Author-written checker for problems with several valid answers: true, or a reason it is wrong. */
export type Checker = (args: unknown[], actual: unknown, expected: unknown) => boolean | string;

export type Verdict = { pass: true } | { pass: false; reason?: string };

/** A stable key so that arrays can be put in a canonical order. */
function sortKey(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    // BigInt or a cycle: such a value never equals JSON data, so where it sorts does not matter.
    return `\uffff${typeof value}`;
  }
}

function sortArray(value: unknown, deep: boolean): unknown {
  if (!Array.isArray(value)) return value;
  const items = deep ? value.map((v) => sortArray(v, true)) : [...value];
  return items.sort((a, b) => {
    const ka = sortKey(a);
    const kb = sortKey(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
}

function closeEnough(actual: unknown, expected: unknown, tolerance: number): boolean {
  if (typeof actual === 'number' && typeof expected === 'number') {
    if (Number.isNaN(actual) || Number.isNaN(expected))
      return Number.isNaN(actual) && Number.isNaN(expected);
    return Math.abs(actual - expected) <= tolerance * Math.max(1, Math.abs(expected));
  }
  if (Array.isArray(actual) && Array.isArray(expected)) {
    return (
      actual.length === expected.length &&
      actual.every((v, i) => closeEnough(v, expected[i], tolerance))
    );
  }
  if (actual && expected && typeof actual === 'object' && typeof expected === 'object') {
    const keys = Object.keys(expected);
    return (
      keys.length === Object.keys(actual).length &&
      keys.every((k) =>
        closeEnough(
          (actual as Record<string, unknown>)[k],
          (expected as Record<string, unknown>)[k],
          tolerance,
        ),
      )
    );
  }
  return dequal(actual, expected);
}

/**
 * Decides whether `actual` matches `expected` under a comparison mode. Runs on
 * the trusted side (page thread or CLI), never inside the sandbox, so user code
 * cannot tamper with it.
 */
export function compareValues(
  actual: unknown,
  expected: unknown,
  mode: Compare,
  context: { args: unknown[]; checker?: Checker },
): Verdict {
  if (mode === 'checker') {
    if (!context.checker) return { pass: false, reason: 'this problem has no checker' };
    try {
      const verdict = context.checker(context.args, actual, expected);
      return verdict === true
        ? { pass: true }
        : { pass: false, reason: verdict === false ? undefined : String(verdict) };
    } catch (error) {
      return { pass: false, reason: `checker rejected the answer: ${(error as Error).message}` };
    }
  }
  // Every other mode needs actual and expected to be the same size, so a larger or cyclic
  // value fails here, before any walk or sort could take forever on it.
  if (exceedsOrCycles(actual, countNodes(expected)))
    return {
      pass: false,
      reason: 'The returned value is larger than the expected one, or refers back to itself.',
    };
  if (typeof mode === 'object')
    return closeEnough(actual, expected, mode.tolerance) ? { pass: true } : { pass: false };
  if (mode === 'unordered' || mode === 'unordered-deep') {
    const deep = mode === 'unordered-deep';
    return dequal(sortArray(actual, deep), sortArray(expected, deep))
      ? { pass: true }
      : { pass: false };
  }
  return dequal(actual, expected) ? { pass: true } : { pass: false };
}

/** Compiles a problem's checker.js source (trusted author code defining `function check`). */
export function compileChecker(source: string): Checker {
  return new Function(`${source}\n;return check;`)() as Checker;
}
