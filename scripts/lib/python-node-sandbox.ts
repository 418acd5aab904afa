import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SandboxApi } from '../../src/runner/protocol';
import type { SandboxFactory, SandboxHandle } from '../../src/runner/run-session';
import { checkedCall } from './jail/checked-call';
import { jailBundle } from './jail/jail-bundle';
import { pyodideSnapshot } from './pyodide-snapshot';
import { SANDBOX_REPLIES } from './jail/reply-schemas';
import { spawnJail, type Jail } from './jail/spawn-jail';

/** How long a run that was cut short may take to finish its queued calls before it is killed. */
const SETTLE_MS = 1500;
/** Loading Pyodide takes seconds and ~150 MB: at most this many runtimes at once. */
const MAX_RUNTIMES = 2;
/** A runtime older than this is replaced when it comes back idle, well inside the jail's lifetime. */
const RETIRE_AFTER_MS = 5 * 60_000;
/** Pyodide's WebAssembly memory and standard library sit beside the V8 heap. */
const MEMORY_MB = 1536;

/** The installed pyodide package's folder: the runtime and standard library, never a CDN. */
export const pyodideDir = (): string =>
  `${dirname(createRequire(import.meta.url).resolve('pyodide/pyodide.mjs'))}/`;

const pyHarnessBundle = () =>
  jailBundle(fileURLToPath(new URL('./jail/py-harness.ts', import.meta.url)));

interface Runtime {
  jail: Jail;
  api: SandboxApi & { ping(): Promise<unknown> };
  started: number;
}

/**
 * A jailed child that loads Pyodide (see jail/py-boot.ts) and runs `bundle`: it may read the
 * bundle, the pyodide package and the start-up snapshot, nothing else.
 */
export function spawnPythonJail(bundle: string, snapshot: string | null): Jail {
  const dir = pyodideDir();
  return spawnJail({
    bundle,
    args: snapshot ? [dir, snapshot] : [dir],
    allowRead: snapshot ? [dir, snapshot] : [dir],
    memoryMb: MEMORY_MB,
  });
}

function startRuntime(snapshot: string | null): Runtime {
  const jail = spawnPythonJail(pyHarnessBundle(), snapshot);
  const call =
    (method: keyof typeof SANDBOX_REPLIES) =>
    (...args: unknown[]) =>
      checkedCall(jail, SANDBOX_REPLIES, method, args);
  const api = {
    load: call('load'),
    runCase: call('runCase'),
    collectSpec: call('collectSpec'),
    runSpecTest: call('runSpecTest'),
    prepareMeasure: call('prepareMeasure'),
    measureSize: call('measureSize'),
    ping: call('ping'),
  } as unknown as Runtime['api'];
  return { jail, api, started: Date.now() };
}

/**
 * Python sandboxes for the CLI: each Pyodide runtime lives in a jailed child process (see
 * jail/spawn-jail.ts; it may read its own bundle and the pyodide package, nothing else).
 * Loading Pyodide takes seconds (less from the start-up snapshot), so runtimes are kept and reused: each run loads the code
 * into a fresh namespace. A run that had to be cut off (time-out, crash) takes its process
 * with it unless it answers within SETTLE_MS, and the next run gets a new one.
 */
export function createPythonNodeSandboxes(): SandboxFactory {
  const idle: Runtime[] = [];
  const waiting: (() => void)[] = [];
  let live = 0;
  const snapshot = pyodideSnapshot(pyodideDir());
  const take = async (): Promise<Runtime> => {
    for (;;) {
      const runtime = idle.pop();
      if (runtime) {
        runtime.jail.hold(true);
        return runtime;
      }
      if (live < MAX_RUNTIMES) {
        live += 1;
        const started = startRuntime(await snapshot);
        // One that dies while idle (memory, lifetime) leaves the pool.
        void started.jail.crashed.then(() => {
          const at = idle.indexOf(started);
          if (at < 0) return;
          idle.splice(at, 1);
          live -= 1;
          waiting.shift()?.();
        });
        return started;
      }
      await new Promise<void>((resolve) => waiting.push(resolve));
    }
  };
  const end = (runtime: Runtime) => {
    runtime.jail.kill();
    live -= 1;
    waiting.shift()?.();
  };
  const release = (runtime: Runtime) => {
    if (Date.now() - runtime.started > RETIRE_AFTER_MS) return end(runtime);
    // An idle runtime must not keep the process alive: the CLI exits when its work is done.
    idle.push(runtime);
    runtime.jail.hold(false);
    waiting.shift()?.();
  };
  return async (): Promise<SandboxHandle> => {
    const runtime = await take();
    const { jail, api } = runtime;
    // Ready before the run's budget starts.
    const started = await Promise.race([jail.ready.then(() => null), jail.crashed]);
    if (started !== null) {
      end(runtime);
      throw new Error(`the Python sandbox did not start: ${started}`);
    }
    let released = false;
    return {
      api,
      crashed: jail.crashed,
      dispose(done = false) {
        if (released) return;
        released = true;
        if (done) return release(runtime);
        // Cut short: a run that stopped at its first failure leaves cases queued, which the
        // runtime finishes quickly; reloading Pyodide would cost seconds. Only a runtime that
        // does not answer soon (a time-out, endless code) is killed.
        let timer: ReturnType<typeof setTimeout> | undefined;
        const answered = Promise.race([
          api.ping().then(
            () => true,
            () => false,
          ),
          jail.crashed.then(() => false),
          new Promise<boolean>((resolve) => (timer = setTimeout(resolve, SETTLE_MS, false))),
        ]);
        void answered.then((alive) => {
          clearTimeout(timer);
          if (alive) release(runtime);
          else end(runtime);
        });
      },
    };
  };
}

let shared: SandboxFactory | null = null;
/** The process-wide Python sandboxes (judge, validate, complexity). */
export const pythonNodeSandbox: SandboxFactory = () => (shared ??= createPythonNodeSandboxes())();
