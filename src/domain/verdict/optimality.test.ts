import { describe, expect, it } from 'vitest';
import { describeOptimality, judgeOptimality } from './optimality';
import { bruteForceFacts, TWO_SUM_REFERENCE } from './verdict.fixture';

describe('judgeOptimality: is the code as good as it gets?', () => {
  it('a brute-force O(n²) two-sum is slower than the O(n) reference, with its reasoning', () => {
    const answer = judgeOptimality(bruteForceFacts());
    expect(answer).toEqual({
      known: true,
      optimality: 'slower',
      yours: 'n^2',
      reference: 'n',
      why: TWO_SUM_REFERENCE.timeReason,
    });
    expect(answer.known && describeOptimality(answer)).toBe(
      'Your code O(n²) against the reference’s O(n)',
    );
  });

  it.each([
    ['n', 'optimal'],
    ['1', 'optimal'],
    ['n log n', 'one-slower'],
    ['n^3', 'slower'],
  ] as const)('a measured O(%s) against O(n) is %s', (best, optimality) => {
    expect(judgeOptimality(bruteForceFacts({ growth: { best, confidence: 0.8 } }))).toMatchObject({
      known: true,
      optimality,
    });
  });

  it('compares with measuredAs when the reference has several variables', () => {
    const reference = { ...TWO_SUM_REFERENCE, time: 'O(n·k)', measuredAs: 'O(n)' };
    expect(judgeOptimality(bruteForceFacts({ reference }))).toMatchObject({ reference: 'n' });
  });

  it.each([
    ['low confidence', { growth: { best: 'n^2', confidence: 0.1 } }, /not sure/],
    ['no measurement', { growth: null }, /not measured/],
    ['failing code', { result: { passed: 0, failed: 3, status: 'done' } }, /does not pass/],
    [
      'a measurement exception',
      { reference: { ...TWO_SUM_REFERENCE, measuredException: 'no input size' } },
      /no input size/,
    ],
    [
      'a multi-variable reference',
      { reference: { ...TWO_SUM_REFERENCE, time: 'O(V+E)' } },
      /variable/,
    ],
  ] as const)('is unknown with %s', (_name, patch, why) => {
    const answer = judgeOptimality(bruteForceFacts(patch));
    expect(answer.known).toBe(false);
    expect(!answer.known && answer.why).toMatch(why);
  });
});
