import { describe, expect, it } from 'vitest';
import { codeFails, judgeSpace, judgeTime, MIN_CONFIDENCE } from './own-code-verdict';
import { bruteForceFacts, TWO_SUM_REFERENCE } from './verdict.fixture';

describe('judgeTime: is the estimate right about the candidate’s own code?', () => {
  it('a brute-force O(n²) two-sum estimated O(n²) is right, though the reference is O(n)', () => {
    expect(judgeTime(bruteForceFacts())).toEqual({
      by: 'measurement',
      verdict: 'right',
      measured: { cls: 'n^2', confidence: 0.5 },
    });
  });

  it.each([
    ['O(n log n)', 'close'],
    ['O(n³)', 'close'],
    ['O(n)', 'wrong'],
    ['O(1)', 'wrong'],
  ] as const)('estimated %s against a measured O(n²) it is %s', (time, verdict) => {
    const facts = bruteForceFacts({ estimate: { time, space: 'O(1)' } });
    expect(judgeTime(facts)).toMatchObject({ by: 'measurement', verdict });
  });

  it('is inconclusive at low confidence and says so; the self-score decides', () => {
    const facts = bruteForceFacts({ growth: { best: 'n^2', confidence: MIN_CONFIDENCE - 0.01 } });
    const answer = judgeTime(facts);
    expect(answer).toMatchObject({ by: 'self-score', verdict: null, reason: 'low-confidence' });
    expect(answer.by === 'self-score' && answer.why).toMatch(/19 % confidence/);
    expect(judgeTime({ ...facts, score: { time: 'wrong' } }).verdict).toBe('wrong');
  });

  it('is inconclusive when the code fails its tests (wrong answers), not when it only times out', () => {
    const failing = bruteForceFacts({ result: { passed: 3, failed: 2, status: 'done' } });
    expect(judgeTime(failing)).toMatchObject({ by: 'self-score', reason: 'code-fails' });
    expect(codeFails({ passed: 0, failed: 0, status: 'compile-error' })).toBe(true);
    expect(codeFails({ passed: 11, failed: 1, status: 'timeout' })).toBe(false);
  });

  it('is inconclusive for a multi-variable reference or estimate', () => {
    const reference = { ...TWO_SUM_REFERENCE, time: 'O(n·m)' };
    expect(judgeTime(bruteForceFacts({ reference }))).toMatchObject({ reason: 'multi-variable' });
    // measuredAs names the one-variable class the generator shows: then it can be judged.
    expect(judgeTime(bruteForceFacts({ reference: { ...reference, measuredAs: 'O(n)' } })).by).toBe(
      'measurement',
    );
    const estimate = { time: 'O(V + E)', space: 'O(V)' };
    expect(judgeTime(bruteForceFacts({ estimate }))).toMatchObject({ reason: 'multi-variable' });
  });

  it('is inconclusive for a problem with a measurement exception, naming it', () => {
    const reference = { ...TWO_SUM_REFERENCE, measuredException: 'O(log n) looks flat here' };
    const answer = judgeTime(bruteForceFacts({ reference, score: { time: 'right' } }));
    expect(answer).toMatchObject({
      by: 'self-score',
      verdict: 'right',
      reason: 'measurement-exception',
    });
    expect(answer.by === 'self-score' && answer.why).toMatch(/looks flat here/);
  });

  it('is inconclusive when not measured or when the measurement failed', () => {
    expect(judgeTime(bruteForceFacts({ growth: null }))).toMatchObject({ reason: 'not-measured' });
    const failed = judgeTime(
      bruteForceFacts({ growth: { best: null, confidence: 0, reason: 'the solution threw' } }),
    );
    expect(failed).toMatchObject({ reason: 'measurement-failed' });
    expect(failed.by === 'self-score' && failed.why).toMatch(/the solution threw/);
  });
});

describe('judgeSpace', () => {
  it('is never measured: the candidate’s own score decides and the reason is said', () => {
    expect(judgeSpace({})).toMatchObject({ by: 'self-score', verdict: null });
    expect(judgeSpace({ score: { space: 'close' } }).verdict).toBe('close');
    expect(judgeSpace({}).why).toMatch(/not measured/);
  });
});
