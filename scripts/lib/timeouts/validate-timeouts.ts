import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProblemFiles } from '../../../src/domain/problem/parse-problem';
import type { Problem } from '../../../src/domain/problem/problem.schema';
import type { CheckOptions, ProblemCheck } from '../check-problem';
import { nextRecords } from './next-records';
import { readTimeoutRecords, RECORD_MARGIN, type TimeoutRecords } from './timeout-records';
import { formatTimeoutsFile, TIMEOUTS_FILE } from './timeouts-file';

export interface TimeoutPlan {
  options: CheckOptions;
  records: TimeoutRecords;
  failures: string[];
  /** What the validate line says about records after a check ('' when nothing is worth saying). */
  note(check: ProblemCheck): string;
}

/** How validate treats a problem's timeouts.json: trusted (default), ignored (--prove-timeouts) or rewritten. */
export function timeoutOptions(
  problem: Problem,
  files: ProblemFiles,
  dir: string,
  mode: { proveTimeouts: boolean; recordTimeouts: boolean },
): TimeoutPlan {
  const records = readTimeoutRecords(problem, files, dir);
  const options: CheckOptions = {
    ...(!mode.proveTimeouts && { tooSlowOnRecord: records.recorded }),
    ...(mode.recordTimeouts && { recordMargin: RECORD_MARGIN }),
  };
  const note = (check: ProblemCheck) => {
    const parts: string[] = [];
    if (records.outOfDate.length)
      parts.push(
        `${TIMEOUTS_FILE} record out of date for ${records.outOfDate.map((n) => `wrong/${n}.js`).join(', ')}: proved by running`,
      );
    const unrecorded = check.timedOut.filter(
      (name) => !records.records.some((r) => r.wrong === name),
    );
    if (unrecorded.length && !mode.recordTimeouts && !mode.proveTimeouts)
      parts.push(
        `${unrecorded.map((n) => `wrong/${n}.js`).join(', ')} ran out of time: \`npm run validate -- --record-timeouts\` records it`,
      );
    return parts.length ? ` (${parts.join('; ')})` : '';
  };
  return { options, records, failures: records.failures, note };
}

/** Writes the problem's timeouts.json as `nextRecords` has it (removes it when none is left), for a problem that passed. */
export function saveTimeoutRecords(
  problem: Problem,
  dir: string,
  plan: TimeoutPlan,
  check: ProblemCheck,
): string {
  // A problem that fails (its reference timed out, say) proves nothing about its wrong solutions.
  if (plan.failures.length || check.failures.length) return '';
  const records = nextRecords(problem, plan.records, check);
  const file = join(dir, TIMEOUTS_FILE);
  const changed =
    formatTimeoutsFile({ js: plan.records.records }) !== formatTimeoutsFile({ js: records });
  if (changed && records.length) writeFileSync(file, formatTimeoutsFile({ js: records }));
  else if (changed) rmSync(file, { force: true });
  const slow = check.timedOut.filter((n) => !check.recordable.some((r) => r.name === n));
  const parts = [
    ...(changed ? [`${TIMEOUTS_FILE}: ${records.length} recorded`] : []),
    ...(slow.length
      ? [
          `${slow.map((n) => `wrong/${n}.js`).join(', ')} finished within ${RECORD_MARGIN}× the budget: not recorded, proved by running every time`,
        ]
      : []),
  ];
  return parts.length ? ` (${parts.join('; ')})` : '';
}
