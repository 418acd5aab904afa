import { describe, expect, it } from 'vitest';
import type { RunReport } from '../runner/run-report';
import { memoryKv } from './memory-kv.fixture';
import { createRunResults, problemScope, roundScope } from './run-results';

const REPORT: RunReport = {
  mode: 'run',
  status: 'done',
  tests: [
    {
      id: 't1',
      name: 'example 1',
      hidden: false,
      status: 'fail',
      input: 'nums = [1]',
      expected: '1',
      actual: '2',
      console: { lines: [{ level: 'log', text: 'hi' }] },
      ms: 0.2,
    },
  ],
  passed: 0,
  failed: 1,
  totalMs: 3,
  budgetMs: 2000,
};

describe('run results', () => {
  it('gives back the last report saved for a scope, and nothing for another', async () => {
    const { kv } = memoryKv();
    const results = createRunResults(kv);
    await results.save(problemScope('two-sum'), REPORT, 5);
    expect(await results.load(problemScope('two-sum'))).toEqual({ ok: true, report: REPORT });
    expect(await results.load(roundScope('r1'))).toEqual({ ok: true, report: undefined });
  });

  it('does not hand back a damaged report: it says which field is wrong', async () => {
    const { kv } = memoryKv({
      'problem:two-sum': { version: 1, atMs: 1, report: { ...REPORT, tests: [{ id: 3 }] } },
    });
    const loaded = await createRunResults(kv).load(problemScope('two-sum'));
    expect(loaded).toEqual({
      ok: false,
      reason: expect.stringMatching(
        /^Saved results "problem:two-sum" could not be read \(report\.tests\.0\.id: /,
      ),
    });
  });
});

describe('forgetting the Runs of finished rounds', () => {
  it('keeps only the active round’s Run and every problem page’s, however many rounds were saved', async () => {
    const { kv, data } = memoryKv();
    const results = createRunResults(kv);
    await results.save(problemScope('two-sum'), REPORT, 1);
    for (let i = 1; i <= 20; i++) {
      await results.save(roundScope(`r${i}`), REPORT, i);
      // What saving round i does: only a round started after it may keep its Run.
      expect(await results.forgetRounds(null)).toBe(1);
    }
    await results.save(roundScope('r21'), REPORT, 21);
    await results.save(roundScope('old-orphan'), REPORT, 0);
    expect(await results.forgetRounds('r21')).toBe(1);
    expect([...data.keys()].sort()).toEqual(['problem:two-sum', 'round:r21']);
    expect(await results.load(roundScope('r21'))).toEqual({ ok: true, report: REPORT });
    expect(await results.load(roundScope('r20'))).toEqual({ ok: true, report: undefined });
  });
});
