import { describe, expect, it } from 'vitest';
import { describeScore, RUBRIC_AREAS, rubricSchema, summarizeRubric, type Rubric } from './rubric';

const rubric = (scores: number[]): Rubric =>
  Object.fromEntries(
    RUBRIC_AREAS.map((area, i) => [area, { score: scores[i], notes: `${area} notes` }]),
  ) as Rubric;

describe('rubric', () => {
  it('accepts 1–4 per area with notes, and nothing else', () => {
    expect(rubricSchema.safeParse(rubric([1, 2, 3, 4, 4])).success).toBe(true);
    expect(rubricSchema.safeParse(rubric([0, 2, 3, 4, 4])).success).toBe(false);
    expect(rubricSchema.safeParse(rubric([1, 2, 3, 5, 4])).success).toBe(false);
    expect(rubricSchema.safeParse(rubric([1, 2.5, 3, 4, 4])).success).toBe(false);
    const { testing: _t, ...missing } = rubric([3, 3, 3, 3, 3]);
    expect(rubricSchema.safeParse(missing).success).toBe(false);
    expect(
      rubricSchema.safeParse({ ...rubric([3, 3, 3, 3, 3]), extra: { score: 1, notes: '' } })
        .success,
    ).toBe(false);
  });

  it('summarises the average and the weakest area', () => {
    expect(summarizeRubric(rubric([4, 3, 2, 4, 3]))).toEqual({
      average: 3.2,
      weakest: 'codeQuality',
      lowest: ['codeQuality'],
    });
    expect(summarizeRubric(rubric([3, 4, 4, 2, 2]))).toEqual({
      average: 3,
      weakest: 'testing',
      lowest: ['testing', 'complexityAnalysis'],
    });
    expect(summarizeRubric(rubric([4, 4, 4, 4, 3])).weakest).toBe('complexityAnalysis');
    expect(summarizeRubric(rubric([1, 2, 2, 2, 2])).average).toBe(1.8);
    expect(summarizeRubric(rubric([2, 2, 1, 3, 3])).average).toBe(2.2);
  });

  it('describes a score with its meaning on the scale', () => {
    expect(describeScore(1)).toBe('1/4 (Not yet)');
    expect(describeScore(4)).toBe('4/4 (Strong)');
  });
});
