import { z } from 'zod';

/** Largest custom input, as JSON text over all arguments: enough for hand-written cases. */
export const CUSTOM_INPUT_MAX_CHARS = 10_000;
/** At most this many custom cases per problem (and per round). */
export const CUSTOM_CASES_MAX = 20;

/** A test case the candidate wrote: arguments, and the reference solution's answer to them. */
export const customCaseSchema = z.object({
  id: z.string().min(1).max(64),
  args: z.array(z.unknown()),
  expected: z.unknown(),
});
export type CustomCase = z.infer<typeof customCaseSchema>;
export const customCasesSchema = z.array(customCaseSchema).max(CUSTOM_CASES_MAX);
