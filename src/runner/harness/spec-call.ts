import { formatValue } from './format-value';
import { HarnessError } from './intrinsics';

/*
 * Captured when the harness loads, before user code or fake timers can replace them:
 * a test's time limit must keep working under vi.useFakeTimers() and hostile code.
 */
const realSetTimeout = globalThis.setTimeout;
const realClearTimeout = globalThis.clearTimeout;
const fnToString = Function.prototype.toString;
const apply = Reflect.apply;
const resolved = Promise.resolve.bind(Promise);

/** Jest's and Vitest's defaults. */
export const TEST_TIMEOUT_MS = 5000;
export const HOOK_TIMEOUT_MS = 10_000;

export type Body = (...args: unknown[]) => unknown;

/** A `done` callback as Jest passes it, with `done.fail(message)`. */
type Done = ((error?: unknown) => void) & { fail: (message?: unknown) => void };

/**
 * True when the body's first parameter is a destructuring pattern (`({ expect }) => …`):
 * Vitest's test context, not Jest's `done` callback.
 */
export function takesContext(body: Body): boolean {
  let source: string;
  try {
    source = apply(fnToString, body, []) as string;
  } catch {
    return false;
  }
  return /^(?:async\s*)?(?:function\b[^(]*)?\(\s*[{[]/.test(source);
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  try {
    return (
      (typeof value === 'object' || typeof value === 'function') &&
      value !== null &&
      typeof (value as { then?: unknown }).then === 'function'
    );
  } catch {
    return false;
  }
}

function doneError(error: unknown): unknown {
  if (error instanceof Error) return error;
  if (typeof error === 'object' && error !== null && 'message' in error) return error;
  return new HarnessError(`Failed: done() was called with ${formatValue(error)}`);
}

export interface CallOptions {
  /** What the time-out message calls it: "Test" or "Hook". */
  what: 'Test' | 'Hook';
  timeoutMs: number;
  /** Pass a `done` callback after `args` and wait for it instead of the return value. */
  withDone: boolean;
}

/**
 * Runs a test or hook body and settles when it is over: when its promise settles, when it
 * calls `done` (failing on `done(error)`), or when its time limit passes. Nothing the body
 * does later — calling `done` again, rejecting, throwing from a timer — can reach the
 * harness: a settled call ignores everything after.
 */
export function callBody(body: Body, args: unknown[], options: CallOptions): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    const pass = () => {
      if (settled) return;
      settled = true;
      realClearTimeout(timer);
      resolve();
    };
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      realClearTimeout(timer);
      reject(error);
    };
    const limit = options.timeoutMs;
    const timer = realSetTimeout(() => {
      const hint = options.withDone ? ': done() was never called' : '';
      fail(
        new HarnessError(
          `${options.what} timed out in ${limit}ms${hint}. Pass a longer timeout as the last argument if it needs more time.`,
        ),
      );
    }, limit);
    try {
      if (options.withDone) {
        // A call made before the body returns waits: a body that also returns a promise fails.
        let returned = false;
        let early: { error: unknown } | null = null;
        const settle = (error: unknown) => (error ? fail(doneError(error)) : pass());
        const done = ((error?: unknown) => {
          if (returned) settle(error);
          else early ??= { error };
        }) as Done;
        done.fail = (message?: unknown) =>
          done(new HarnessError(`Failed: ${message === undefined ? '' : String(message)}`));
        const result = body(...args, done);
        returned = true;
        // Assigned by done() while the body ran, which the compiler cannot see.
        const pending = early as { error: unknown } | null;
        if (isThenable(result)) {
          fail(
            new HarnessError(
              `${options.what} functions cannot both take a 'done' callback and return a promise.`,
            ),
          );
        } else if (pending) settle(pending.error);
        return;
      }
      const result = body(...args);
      if (isThenable(result)) resolved(result).then(pass, fail);
      else pass();
    } catch (thrown) {
      fail(thrown);
    }
  });
}
