/**
 * validate's timeouts.json path with real jailed runs: --record-timeouts records a wrong
 * solution that outlasts RECORD_MARGIN × its budget (and not one that finishes within it),
 * the next run takes the record instead of running it, and --prove-timeouts runs it again.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProblem } from '../../../src/domain/problem/parse-problem';
import { checkProblem } from '../check-problem';
import { readProblemDir } from '../read-problem-dir';
import { RECORD_MARGIN } from './timeout-records';
import { saveTimeoutRecords, timeoutOptions } from './validate-timeouts';

const BUDGET = 600;

function packWithSlowWrongs(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'timeouts-')), 'add-two');
  cpSync(join(import.meta.dirname, '../jail/fixtures/add-two'), dir, { recursive: true });
  const md = readFileSync(join(dir, 'problem.md'), 'utf8');
  writeFileSync(
    join(dir, 'problem.md'),
    md.replace('timeLimitMinutes: 15', `timeLimitMinutes: 15\nrunBudgetMs: ${BUDGET}`),
  );
  writeFileSync(join(dir, 'wrong/spins.js'), 'function add(a, b) { for (;;) {} }');
  // Right answers, but the first call waits 1.1 × the budget: too slow, yet not 3× too slow.
  writeFileSync(
    join(dir, 'wrong/slowish.js'),
    `let waited = false;
function add(a, b) {
  if (!waited) { waited = true; const end = Date.now() + ${BUDGET * 1.1}; while (Date.now() < end) {} }
  return a + b;
}`,
  );
  return dir;
}

async function validateOnce(
  dir: string,
  mode: { proveTimeouts: boolean; recordTimeouts: boolean },
) {
  const files = readProblemDir(dir);
  const problem = parseProblem(dir, files);
  const plan = timeoutOptions(problem, files, dir, mode);
  const check = await checkProblem(problem, plan.options);
  const saved = mode.recordTimeouts ? saveTimeoutRecords(problem, dir, plan, check) : '';
  return { check, saved, note: plan.note(check) };
}

describe('validate and timeouts.json', () => {
  it('records, trusts and (with --prove-timeouts) re-proves a too-slow wrong solution', async () => {
    const dir = packWithSlowWrongs();

    const first = await validateOnce(dir, { proveTimeouts: false, recordTimeouts: false });
    expect(first.check.failures).toEqual([]);
    expect(first.check.timedOut).toEqual(expect.arrayContaining(['slowish', 'spins']));
    expect(first.note).toMatch(
      /wrong\/slowish\.js, wrong\/spins\.js ran out of time: .*--record-timeouts/,
    );

    const recording = await validateOnce(dir, { proveTimeouts: false, recordTimeouts: true });
    expect(recording.check.failures).toEqual([]);
    expect(recording.saved).toMatch(
      /timeouts\.json: 1 recorded; .*wrong\/slowish\.js finished within 3× the budget/,
    );
    const written = JSON.parse(readFileSync(join(dir, 'timeouts.json'), 'utf8'));
    expect(written.js).toEqual([
      {
        wrong: 'spins',
        fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
        ranMs: BUDGET * RECORD_MARGIN,
      },
    ]);

    const trusted = await validateOnce(dir, { proveTimeouts: false, recordTimeouts: false });
    expect(trusted.check.failures).toEqual([]);
    expect(trusted.check.wrongRejected).toBe(3);
    expect(trusted.check.wrongOnRecord).toBe(1);
    expect(trusted.check.timedOut).toContain('slowish');
    expect(trusted.check.timedOut).not.toContain('spins'); // not run: its record stands

    const full = await validateOnce(dir, { proveTimeouts: true, recordTimeouts: false });
    expect(full.check.wrongOnRecord).toBe(0);
    expect(full.check.timedOut).toEqual(expect.arrayContaining(['slowish', 'spins']));

    // A record never stands for code it was not made for: an edited file is run (and proved) again.
    writeFileSync(join(dir, 'wrong/spins.js'), 'function add(a, b) { while (true) {} }');
    const edited = await validateOnce(dir, { proveTimeouts: false, recordTimeouts: false });
    expect(edited.check.wrongOnRecord).toBe(0);
    expect(edited.check.timedOut).toEqual(expect.arrayContaining(['slowish', 'spins']));
    expect(edited.note).toMatch(
      /timeouts\.json record out of date for wrong\/spins\.js: proved by running/,
    );
  }, 60_000);
});
