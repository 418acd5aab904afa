import { z } from '../mini-zod';

/** The areas an interviewer scores, in the order the form and the recap show them. */
export const RUBRIC_AREAS = [
  'communication',
  'problemSolving',
  'codeQuality',
  'testing',
  'complexityAnalysis',
] as const;
export type RubricArea = (typeof RUBRIC_AREAS)[number];

export const RUBRIC_LABELS: Record<RubricArea, string> = {
  communication: 'Communication',
  problemSolving: 'Problem solving',
  codeQuality: 'Code quality',
  testing: 'Testing',
  complexityAnalysis: 'Complexity analysis',
};

/** What each score means, so two interviewers score alike. */
export const RUBRIC_SCALE = { 1: 'Not yet', 2: 'Developing', 3: 'Solid', 4: 'Strong' } as const;

/** A score with its meaning, e.g. "3/4 (Solid)". */
export function describeScore(score: number): string {
  const label = RUBRIC_SCALE[score as keyof typeof RUBRIC_SCALE] as string | undefined;
  return label ? `${score}/4 (${label})` : `${score}/4`;
}

export const rubricScoreSchema = z.strictObject({
  score: z.int().check(z.gte(1), z.lte(4)),
  notes: z.string(),
});
export type RubricScore = z.infer<typeof rubricScoreSchema>;

/** The interviewer's scores for one round, saved with it and shown in the recap. */
export const rubricSchema = z.strictObject({
  communication: rubricScoreSchema,
  problemSolving: rubricScoreSchema,
  codeQuality: rubricScoreSchema,
  testing: rubricScoreSchema,
  complexityAnalysis: rubricScoreSchema,
});
export type Rubric = z.infer<typeof rubricSchema>;

export interface RubricSummary {
  /** Mean score, rounded to two decimals. */
  average: number;
  /** The lowest-scored area; on a tie, the first in RUBRIC_AREAS order. */
  weakest: RubricArea;
  /** Every area sharing the lowest score. */
  lowest: RubricArea[];
}

/** Average and weakest area, for the recap's one-line summary. */
export function summarizeRubric(rubric: Rubric): RubricSummary {
  const scores = RUBRIC_AREAS.map((area) => rubric[area].score);
  const min = Math.min(...scores);
  const lowest = RUBRIC_AREAS.filter((area) => rubric[area].score === min);
  const average = Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100;
  return { average, weakest: lowest[0] as RubricArea, lowest };
}
