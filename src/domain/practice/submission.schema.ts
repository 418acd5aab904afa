import { z } from '../mini-zod';

/** Bump it, and teach readSubmission the old shape, when a saved submission changes. */
export const SUBMISSION_VERSION = 1;

/** How a practice Submit ended: the runner's status and the counts (hidden tests included). */
export const submissionVerdictSchema = z.object({
  status: z.string().check(z.minLength(1)),
  passed: z.int().check(z.nonnegative()),
  failed: z.int().check(z.nonnegative()),
});
export type SubmissionVerdict = z.infer<typeof submissionVerdictSchema>;

/** One Submit on a problem's page (outside a round): the code as it was, and how it did. */
export const submissionSchema = z.object({
  version: z.literal(SUBMISSION_VERSION),
  id: z.string().check(z.minLength(1)),
  slug: z.string().check(z.minLength(1)),
  language: z.enum(['js', 'ts', 'py']),
  code: z.string(),
  verdict: submissionVerdictSchema,
  /** When the Submit finished (epoch ms). */
  atMs: z.number().check(z.nonnegative()),
});
export type Submission = z.infer<typeof submissionSchema>;

/** Every test passed, and there was at least one. */
export function isPassing(verdict: SubmissionVerdict): boolean {
  return verdict.status === 'done' && verdict.failed === 0 && verdict.passed > 0;
}
