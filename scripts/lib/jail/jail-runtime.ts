/**
 * The generic side of the jailed child process (see spawn-jail.ts for the parent).
 * A language harness calls startJail() with the methods it serves; this file then
 * (1) keeps private references to the IPC channel, (2) makes `Function` compile
 * through vm.compileFunction without a dynamic-import callback (the process runs
 * with --disallow-code-generation-from-strings, so eval and the real Function
 * constructor throw), (3) deletes `process` and every other Node global and makes
 * the rest read-only, and only then (4) answers calls. Nothing solution code can name leads back to the channel.
 */
import './jail-function';
import { lockGlobals, scrubGlobals } from './scrub-globals';

export type JailMethods = Record<string, (...args: never[]) => unknown>;

interface Call {
  id: number;
  method: string;
  args: unknown[];
}

// Captured when the bundle loads, before any solution or problem code runs.
const hasOwn = Object.prototype.hasOwnProperty;
const { apply } = Reflect;
const isArray = Array.isArray;
const resolved = Promise.resolve.bind(Promise);
const then = Promise.prototype.then;
const toText = String;

function describe(error: unknown): string {
  try {
    return toText((error as Error)?.message ?? error);
  } catch {
    return 'an error that cannot be displayed';
  }
}

function isCall(message: unknown): message is Call {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Partial<Call>;
  return typeof m.id === 'number' && typeof m.method === 'string' && isArray(m.args);
}

export function startJail(build: () => JailMethods): void {
  const proc = process;
  if (typeof proc.send !== 'function')
    throw new Error('the jail must be started with an IPC channel');
  const send = proc.send.bind(proc) as (message: unknown) => boolean;
  // An error thrown later by solution code (a timer, a promise) must not end the harness.
  proc.on('uncaughtException', () => undefined);
  proc.on('unhandledRejection', () => undefined);
  // Solution code never gets the disconnect: when the parent goes, so does the child.
  proc.on('disconnect', () => proc.kill(proc.pid, 'SIGKILL'));

  const methods = build();
  scrubGlobals(globalThis);
  lockGlobals(globalThis);

  const reply = (id: number, ok: boolean, payload: unknown) => {
    try {
      send(ok ? { id, ok, value: payload } : { id, ok, error: payload });
    } catch (error) {
      // A value that cannot be serialised: say so instead of going silent.
      send({ id, ok: false, error: `the reply cannot be sent: ${describe(error)}` });
    }
  };
  proc.on('message', (message: unknown) => {
    if (!isCall(message)) return;
    const { id, method, args } = message;
    if (!apply(hasOwn, methods, [method])) {
      reply(id, false, `unknown method ${method}`);
      return;
    }
    let result: unknown;
    try {
      result = apply(methods[method] as (...a: unknown[]) => unknown, methods, args);
    } catch (error) {
      reply(id, false, describe(error));
      return;
    }
    apply(then, resolved(result), [
      (value: unknown) => reply(id, true, value),
      (error: unknown) => reply(id, false, describe(error)),
    ]);
  });
  send({ ready: true });
}
