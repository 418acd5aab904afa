// Test data for the verdict tests: two-sum's reference and a brute-force O(n²) measurement.
import type { VerdictFacts } from './own-code-verdict';
import type { ReferenceSnapshot } from './verdict.schema';

export const TWO_SUM_REFERENCE: ReferenceSnapshot = {
  time: 'O(n)',
  space: 'O(n)',
  timeReason: 'One pass over the array with O(1) map lookups.',
  spaceReason: 'The map may hold one entry per element.',
};

/** A correct brute-force two-sum (it times out on the largest hidden test) estimated O(n²). */
export function bruteForceFacts(patch: Partial<VerdictFacts> = {}): VerdictFacts {
  return {
    estimate: { time: 'O(n^2)', space: 'O(1)' },
    reference: TWO_SUM_REFERENCE,
    result: { passed: 11, failed: 1, status: 'timeout' },
    growth: { best: 'n^2', confidence: 0.5 },
    ...patch,
  };
}
