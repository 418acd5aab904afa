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
