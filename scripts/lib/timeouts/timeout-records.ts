import { createHash } from 'node:crypto';
import type { ProblemFiles } from '../../../src/domain/problem/parse-problem';
import type { Problem } from '../../../src/domain/problem/problem.schema';
import { parseTimeoutsFile, TIMEOUTS_FILE, type TimeoutRecord } from './timeouts-file';

/**
 * A record is written only when the wrong solution does not finish within this many times
 * its run budget, so it stays too slow on a machine up to this much faster than the one
 * that recorded it.
 */
export const RECORD_MARGIN = 3;

/** Bump when the judge changes in a way that could let a recorded solution finish in time. */
const RECORD_VERSION = 1;

export interface WrongSolution {
  name: string;
  code: string;
}

/** A hash of everything that decides whether a wrong solution runs out of time. */
export function timeoutFingerprint(problem: Problem, wrong: WrongSolution): string {
  const { tests, spec, checker, entry, runBudgetMs } = problem;
  const decisive = {
    version: RECORD_VERSION,
    code: wrong.code,
    tests,
    spec,
    checker,
    entry,
    runBudgetMs,
  };
  return createHash('sha256').update(JSON.stringify(decisive)).digest('hex');
}

export interface TimeoutRecords {
  /** The current records (a wrong solution whose record matches need not be run again). */
  records: TimeoutRecord[];
  /** True when `wrong` has a record whose fingerprint matches the problem as it is now. */
  recorded(wrong: WrongSolution): boolean;
  /** Records naming a wrong solution with a record that no longer matches it. */
  outOfDate: string[];
  /** Records that cannot be right: unreadable, duplicated, or naming a file that does not exist. */
  failures: string[];
}

/** Reads a problem's timeouts.json (none is fine: every wrong solution is then run). */
export function readTimeoutRecords(
  problem: Problem,
  files: ProblemFiles,
  dir: string,
): TimeoutRecords {
  const file = `${dir}/${TIMEOUTS_FILE}`;
  const failures: string[] = [];
  let records: TimeoutRecord[] = [];
  const text = files[TIMEOUTS_FILE];
  try {
    if (text !== undefined) records = parseTimeoutsFile(text, file).js;
  } catch (error) {
    failures.push((error as Error).message);
  }
  const seen = new Set<string>();
  records.forEach((record, i) => {
    if (seen.has(record.wrong))
      failures.push(`${file}: js.${i}.wrong: wrong/${record.wrong}.js is recorded twice`);
    else if (!problem.wrong.some((w) => w.name === record.wrong))
      failures.push(
        `${file}: js.${i}.wrong: wrong/${record.wrong}.js does not exist: remove the record`,
      );
    seen.add(record.wrong);
  });
  const current = (wrong: WrongSolution) =>
    records.find((r) => r.wrong === wrong.name)?.fingerprint === timeoutFingerprint(problem, wrong);
  const outOfDate = problem.wrong
    .filter((w) => records.some((r) => r.wrong === w.name) && !current(w))
    .map((w) => w.name);
  return { records, recorded: current, outOfDate, failures };
}
