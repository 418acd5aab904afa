import { z } from '../mini-zod';
import { RUBRIC_AREAS, type Rubric, type RubricArea } from './rubric';

/** One area while the interviewer fills it in: a score may still be missing. */
const draftScoreSchema = z.strictObject({
  score: z.nullable(z.int().check(z.gte(1), z.lte(4))),
  notes: z.string(),
});

/** The rubric form as typed so far, kept per round so a reload or a closed window loses nothing. */
export const rubricDraftSchema = z.strictObject({
  communication: draftScoreSchema,
  problemSolving: draftScoreSchema,
  codeQuality: draftScoreSchema,
  testing: draftScoreSchema,
  complexityAnalysis: draftScoreSchema,
});
export type RubricDraft = z.infer<typeof rubricDraftSchema>;

/** What is kept per round: the form, and whether the interviewer pressed Save on it. */
export const storedRubricDraftSchema = z.strictObject({
  draft: rubricDraftSchema,
  saved: z.boolean(),
});
export type StoredRubricDraft = z.infer<typeof storedRubricDraftSchema>;
export type RubricDraftArea = RubricDraft[RubricArea];

/** The form's starting point: the saved scores, or every area empty. */
export function draftFromRubric(rubric: Rubric | null): RubricDraft {
  return Object.fromEntries(
    RUBRIC_AREAS.map((area) => [area, rubric?.[area] ?? { score: null, notes: '' }]),
  ) as RubricDraft;
}

/** The whole rubric (notes trimmed), or null while an area has no score. */
export function rubricFromDraft(draft: RubricDraft): Rubric | null {
  const scored: Partial<Rubric> = {};
  for (const area of RUBRIC_AREAS) {
    const { score, notes } = draft[area];
    if (score === null) return null;
    scored[area] = { score, notes: notes.trim() };
  }
  return scored as Rubric;
}
