import { z } from 'zod';
import type { CapturedConsole, ErrorInfo } from './protocol';
import type { RunReport, TestResult } from './run-report';

const errorInfoSchema = z.object({
  kind: z.enum(['compile', 'runtime', 'timeout', 'stopped', 'crashed']),
  name: z.string(),
  message: z.string(),
  location: z.object({ line: z.number(), column: z.number() }).optional(),
}) satisfies z.ZodType<ErrorInfo>;

const consoleSchema = z.object({
  lines: z.array(
    z.object({ level: z.enum(['log', 'info', 'warn', 'error', 'debug']), text: z.string() }),
  ),
  truncated: z.string().optional(),
}) satisfies z.ZodType<CapturedConsole>;

const testResultSchema = z.object({
  id: z.string(),
  name: z.string(),
  hidden: z.boolean(),
  status: z.enum(['pass', 'fail', 'error', 'timeout', 'stopped', 'crashed', 'not-run', 'skipped']),
  input: z.string().optional(),
  expected: z.string().optional(),
  actual: z.string().optional(),
  reason: z.string().optional(),
  error: errorInfoSchema.optional(),
  console: consoleSchema.optional(),
  ms: z.number(),
}) satisfies z.ZodType<TestResult>;

/** A run report read back from storage (it was written by this app, but storage is outside it). */
export const runReportSchema = z.object({
  mode: z.enum(['run', 'submit']),
  status: z.enum(['done', 'compile-error', 'timeout', 'stopped', 'crashed']),
  loadError: errorInfoSchema.optional(),
  tests: z.array(testResultSchema),
  passed: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  totalMs: z.number(),
  budgetMs: z.number(),
}) satisfies z.ZodType<RunReport>;
