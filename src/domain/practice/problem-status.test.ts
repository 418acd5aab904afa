import { describe, expect, it } from 'vitest';
import { problemStatuses, statusOf } from './problem-status';

const submit = (slug: string, status: string, passed: number, failed: number) => ({
  slug,
  verdict: { status, passed, failed },
});

describe('problemStatuses', () => {
  it('marks a problem solved once a Submit passed every test, whatever came before or after', () => {
    const statuses = problemStatuses({
      submissions: [
        submit('two-sum', 'done', 3, 2),
        submit('two-sum', 'done', 5, 0),
        submit('two-sum', 'compile-error', 0, 5),
      ],
      rounds: [],
    });
    expect(statusOf(statuses, 'two-sum')).toBe('solved');
  });

  it('an attempt is any Submit that did not pass everything, or a round that did not', () => {
    const statuses = problemStatuses({
      submissions: [
        submit('a', 'done', 4, 1),
        // Stopped or timed out with nothing failed is still not a pass.
        submit('b', 'timeout', 3, 0),
        submit('c', 'done', 0, 0),
      ],
      rounds: [
        { problemSlug: 'd', outcome: 'abandoned' },
        { problemSlug: 'e', outcome: 'partial' },
      ],
    });
    for (const slug of ['a', 'b', 'c', 'd', 'e'])
      expect(statusOf(statuses, slug)).toBe('attempted');
  });

  it('a round that passed every test solves the problem; nothing at all is not tried', () => {
    const statuses = problemStatuses({
      submissions: [submit('a', 'done', 1, 1)],
      rounds: [{ problemSlug: 'a', outcome: 'passed' }],
    });
    expect(statusOf(statuses, 'a')).toBe('solved');
    expect(statusOf(statuses, 'never')).toBe('not-tried');
  });
});
