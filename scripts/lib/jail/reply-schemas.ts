/**
 * What the parent accepts from the JavaScript harness, method by method. A reply
 * that does not fit ends the run as a crash: nothing the child sends is trusted
 * beyond its shape, and long texts are cut.
 */
import { z } from 'zod';

const TEXT_LIMIT = 4000;
const text = z
  .string()
  .transform((s) => (s.length > TEXT_LIMIT ? `${s.slice(0, TEXT_LIMIT)}… (cut)` : s));
const ms = z.number().finite().min(0);

const errorInfo = z.object({
  kind: z.enum(['compile', 'runtime', 'timeout', 'stopped', 'crashed']),
  name: text,
  message: text,
  location: z.object({ line: z.number().int(), column: z.number().int() }).optional(),
  /** Python: the traceback of the user's own frames. */
  traceback: text.optional(),
});

const capturedConsole = z.object({
  lines: z
    .array(z.object({ level: z.enum(['log', 'info', 'warn', 'error', 'debug']), text }))
    .max(10_000),
  truncated: text.optional(),
});

const loadResult = z.union([
  z.object({ ok: z.literal(true), ms: ms.optional() }),
  z.object({ ok: z.literal(false), error: errorInfo, ms: ms.optional() }),
]);

const returned = z.union([
  z.object({ clonable: z.literal(true), value: z.unknown() }),
  z.object({ clonable: z.literal(false), display: text }),
]);

const caseExecution = z.object({
  outcome: z.union([
    z.object({ ok: z.literal(true), returned }),
    z.object({ ok: z.literal(false), error: errorInfo }),
  ]),
  console: capturedConsole,
  ms,
});

const collected = z.union([
  z.object({
    ok: z.literal(true),
    tests: z.array(z.object({ name: text, skipped: z.boolean() })).max(10_000),
  }),
  z.object({ ok: z.literal(false), error: errorInfo }),
]);

const specExecution = z.object({
  passed: z.boolean(),
  error: errorInfo.optional(),
  console: capturedConsole,
  ms,
});

const sizeTiming = z.object({
  n: z.number().int().min(0),
  ms,
  medianMs: ms,
  samples: z.number().int().min(0),
  callsPerBatch: z.number().int().min(0),
  returnedNothing: z.boolean(),
  mutatesInput: z.boolean(),
  generateMs: ms,
  spentMs: ms,
});

const measureResult = z.union([
  z.object({ ok: z.literal(true), timing: sizeTiming }),
  z.object({ ok: z.literal(false), stage: z.enum(['generate', 'run']), error: errorInfo }),
]);

export const SANDBOX_REPLIES = {
  load: loadResult,
  runCase: caseExecution,
  collectSpec: collected,
  runSpecTest: specExecution,
  prepareMeasure: loadResult,
  measureSize: measureResult,
  warmUp: z.undefined(),
  ping: z.literal('pong'),
} as const;

const problemError = z.object({ ok: z.literal(false), error: text });

export const PROBLEM_REPLIES = {
  ping: z.literal('pong'),
  loadChecker: z.union([z.object({ ok: z.literal(true) }), problemError]),
  check: z.union([
    z.object({ ok: z.literal(true), verdict: z.union([z.boolean(), text]) }),
    problemError,
  ]),
  loadGenerator: z.union([z.object({ ok: z.literal(true) }), problemError]),
  generate: z.union([z.object({ ok: z.literal(true), args: z.unknown() }), problemError]),
} as const;
