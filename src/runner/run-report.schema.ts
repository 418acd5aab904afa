import { z } from '../domain/mini-zod';
import type { CapturedConsole, ErrorInfo } from './protocol';
import type { RunReport, TestResult } from './run-report';

const errorInfoSchema = z.object({
  kind: z.enum(['compile', 'runtime', 'timeout', 'stopped', 'crashed']),
  name: z.string(),
  message: z.string(),
  location: z.optional(z.object({ line: z.number(), column: z.number() })),
}) satisfies z.ZodMiniType<ErrorInfo>;

const consoleSchema = z.object({
  lines: z.array(
    z.object({ level: z.enum(['log', 'info', 'warn', 'error', 'debug']), text: z.string() }),
  ),
  truncated: z.optional(z.string()),
}) satisfies z.ZodMiniType<CapturedConsole>;

const testResultSchema = z.object({
  id: z.string(),
  name: z.string(),
  hidden: z.boolean(),
  status: z.enum(['pass', 'fail', 'error', 'timeout', 'stopped', 'crashed', 'not-run', 'skipped']),
  input: z.optional(z.string()),
  expected: z.optional(z.string()),
  actual: z.optional(z.string()),
  reason: z.optional(z.string()),
  error: z.optional(errorInfoSchema),
  console: z.optional(consoleSchema),
  ms: z.number(),
}) satisfies z.ZodMiniType<TestResult>;

/** A run report read back from storage (it was written by this app, but storage is outside it). */
export const runReportSchema = z.object({
  mode: z.enum(['run', 'submit']),
  status: z.enum(['done', 'compile-error', 'timeout', 'stopped', 'crashed']),
  loadError: z.optional(errorInfoSchema),
  tests: z.array(testResultSchema),
  passed: z.int().check(z.nonnegative()),
  failed: z.int().check(z.nonnegative()),
  totalMs: z.number(),
  budgetMs: z.number(),
}) satisfies z.ZodMiniType<RunReport>;
