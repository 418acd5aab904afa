import { z } from '../mini-zod';

/** Largest custom input, as JSON text over all arguments: enough for hand-written cases. */
export const CUSTOM_INPUT_MAX_CHARS = 10_000;
/** At most this many custom cases per problem (and per round). */
export const CUSTOM_CASES_MAX = 20;
/** A round keeps this much of what the code returned on a custom case (the rest is cut). */
export const CUSTOM_ACTUAL_MAX_CHARS = 300;

/** A test case the candidate wrote: arguments, and the reference solution's answer to them. */
export const customCaseSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  args: z.array(z.unknown()),
  expected: z.unknown(),
});
export type CustomCase = z.infer<typeof customCaseSchema>;
export const customCasesSchema = z.array(customCaseSchema).check(z.maxLength(CUSTOM_CASES_MAX));

/** A test's status in a Run report (runner/run-report.ts `TestStatus`). */
export const CASE_STATUSES = [
  'pass',
  'fail',
  'error',
  'timeout',
  'stopped',
  'crashed',
  'not-run',
  'skipped',
] as const;

/** What the candidate's code got on a custom case in a round's Run. */
export const customResultSchema = z.object({
  status: z.enum(CASE_STATUSES),
  /** The returned value as shown, cut at CUSTOM_ACTUAL_MAX_CHARS. */
  actual: z.optional(z.string().check(z.maxLength(CUSTOM_ACTUAL_MAX_CHARS + 1))),
  /** Round time of the Run. */
  atMs: z.number().check(z.nonnegative()),
});
export type CustomResult = z.infer<typeof customResultSchema>;

/** A custom case as a round keeps it: with the last Run's result on it, once it was run. */
export const roundCustomCaseSchema = z.extend(customCaseSchema, {
  last: z.optional(customResultSchema),
});
export type RoundCustomCase = z.infer<typeof roundCustomCaseSchema>;
export const roundCustomCasesSchema = z
  .array(roundCustomCaseSchema)
  .check(z.maxLength(CUSTOM_CASES_MAX));
