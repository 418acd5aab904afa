import type { Problem } from '../../../src/domain/problem/problem.schema';
import type { ProblemCheck } from '../check-problem';
import { timeoutFingerprint, type TimeoutRecords } from './timeout-records';
import type { TimeoutRecord } from './timeouts-file';

/**
 * The records `validate --record-timeouts` leaves after a check: current records of wrong
 * solutions that were not run are kept; each one that ran out of the margin budget gets a
 * fresh record; every other one (finished, failed fast, or gone) has none.
 */
export function nextRecords(
  problem: Problem,
  before: TimeoutRecords,
  check: Pick<ProblemCheck, 'recordable'>,
): TimeoutRecord[] {
  return problem.wrong.flatMap((wrong): TimeoutRecord[] => {
    const fresh = check.recordable.find((r) => r.name === wrong.name);
    if (fresh)
      return [
        { wrong: wrong.name, fingerprint: timeoutFingerprint(problem, wrong), ranMs: fresh.ranMs },
      ];
    if (before.recorded(wrong)) return before.records.filter((r) => r.wrong === wrong.name);
    return [];
  });
}
