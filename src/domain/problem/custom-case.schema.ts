import { z } from '../mini-zod';

/** Largest custom input, as JSON text over all arguments: enough for hand-written cases. */
export const CUSTOM_INPUT_MAX_CHARS = 10_000;
/** At most this many custom cases per problem (and per round). */
export const CUSTOM_CASES_MAX = 20;

/** A test case the candidate wrote: arguments, and the reference solution's answer to them. */
export const customCaseSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  args: z.array(z.unknown()),
  expected: z.unknown(),
});
export type CustomCase = z.infer<typeof customCaseSchema>;
export const customCasesSchema = z.array(customCaseSchema).check(z.maxLength(CUSTOM_CASES_MAX));
