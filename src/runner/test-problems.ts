import type { Problem } from '../domain/problem/problem.schema';
import type { RunnableProblem } from './run-session';

type Case = Problem['tests']['cases'][number];

const param = (name: string, shape: 'json' | 'list' | 'tree' = 'json') => ({
  name,
  type: 'unknown',
  shape,
});
const base = { spec: {}, checker: undefined, runBudgetMs: undefined };

/** A tiny function problem for tests: add(a, b). */
export function addProblem(cases?: Case[]): RunnableProblem {
  return {
    ...base,
    entry: {
      kind: 'function',
      name: 'add',
      params: [param('a'), param('b')],
      returns: { type: 'number', shape: 'json' },
    },
    tests: {
      compare: 'exact',
      cases: cases ?? [
        { name: 'small', args: [1, 2], expected: 3, hidden: false },
        { name: 'negative', args: [-5, 2], expected: -3, hidden: false },
        { name: 'big', args: [1e6, 1e6], expected: 2e6, hidden: true },
      ],
    },
  };
}

/** A list problem for tests: reverse(head) with list shapes in and out. */
export function reverseProblem(): RunnableProblem {
  return {
    ...base,
    entry: {
      kind: 'function',
      name: 'reverse',
      params: [param('head', 'list')],
      returns: { type: 'ListNode', shape: 'list' },
    },
    tests: {
      compare: 'exact',
      cases: [
        { name: 'three', args: [[1, 2, 3]], expected: [3, 2, 1], hidden: false },
        { name: 'empty', args: [[]], expected: [], hidden: false },
      ],
    },
  };
}

/** A design problem for tests, driven by calls. */
export function counterProblem(): RunnableProblem {
  return {
    ...base,
    entry: { kind: 'class', name: 'Counter', params: [], returns: { type: 'void', shape: 'json' } },
    tests: {
      compare: 'exact',
      cases: [
        {
          name: 'counts',
          args: [['Counter', 5], ['inc'], ['inc'], ['get']],
          expected: [null, null, null, 7],
          hidden: false,
        },
      ],
    },
  };
}

/** A spec-style async problem for tests, with fake timers. */
export function delayProblem(): RunnableProblem {
  return {
    ...base,
    entry: {
      kind: 'function',
      name: 'later',
      params: [param('fn'), param('ms')],
      returns: { type: 'void', shape: 'json' },
    },
    tests: { compare: 'exact', cases: [] },
    spec: {
      visible: `describe('later', () => {
  beforeEach(() => { vi.useFakeTimers(); });
  it('calls fn after ms', () => {
    const fn = vi.fn();
    later(fn, 100);
    vi.advanceTimersByTime(99);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
  });
  test.skip('not yet', () => {});
});`,
      hidden: `it('is exact with objects', () => { expect({ a: [1, 2] }).toEqual({ a: [1, 2] }); });`,
    },
  };
}
