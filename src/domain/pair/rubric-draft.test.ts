import { describe, expect, it } from 'vitest';
import { RUBRIC_AREAS, type Rubric } from './rubric';
import { draftFromRubric, rubricDraftSchema, rubricFromDraft } from './rubric-draft';

const rubric = Object.fromEntries(
  RUBRIC_AREAS.map((area, i) => [area, { score: (i % 4) + 1, notes: `note ${i}` }]),
) as Rubric;

describe('rubric drafts', () => {
  it('starts empty, or from the saved scores', () => {
    expect(draftFromRubric(null).testing).toEqual({ score: null, notes: '' });
    expect(draftFromRubric(rubric)).toEqual(rubric);
  });

  it('becomes a rubric only once every area is scored, with notes trimmed', () => {
    const draft = draftFromRubric(null);
    expect(rubricFromDraft(draft)).toBeNull();
    const full = draftFromRubric(rubric);
    full.testing = { score: 2, notes: '  ran the edge cases  ' };
    expect(rubricFromDraft(full)?.testing).toEqual({ score: 2, notes: 'ran the edge cases' });
    full.codeQuality = { score: null, notes: 'half way' };
    expect(rubricFromDraft(full)).toBeNull();
  });

  it('validates stored drafts: scores 1–4 or none, and only the five areas', () => {
    expect(rubricDraftSchema.safeParse(draftFromRubric(null)).success).toBe(true);
    const bad = { ...draftFromRubric(null), testing: { score: 5, notes: '' } };
    expect(rubricDraftSchema.safeParse(bad).success).toBe(false);
    expect(rubricDraftSchema.safeParse({ ...draftFromRubric(null), extra: 1 }).success).toBe(false);
  });
});
