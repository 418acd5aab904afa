import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { wrap } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { buildSync } from 'esbuild';
import type { SandboxApi } from '../../src/runner/protocol';
import type { SandboxFactory, SandboxHandle } from '../../src/runner/run-session';

let bundled: string | null = null;

/** Bundles the thread entry once per process (pyodide itself stays a package import). */
function threadBundle(): string {
  if (bundled) return bundled;
  const outDir = fileURLToPath(new URL('../../node_modules/.cache/mockround/', import.meta.url));
  mkdirSync(outDir, { recursive: true });
  const target = `${outDir}python-thread-${process.pid}.mjs`;
  buildSync({
    entryPoints: [fileURLToPath(new URL('./python-thread.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    external: ['pyodide'],
    outfile: `${target}.tmp.mjs`,
    logLevel: 'error',
  });
  renameSync(`${target}.tmp.mjs`, target);
  process.once('exit', () => rmSync(target, { force: true }));
  bundled = target;
  return bundled;
}

interface Runtime {
  handle: Omit<SandboxHandle, 'dispose' | 'api'> & {
    api: SandboxApi & { ping(): Promise<string> };
  };
  worker: Worker;
  ready: Promise<void>;
}

/** How long a run that was cut short may take to finish its queued calls before it is terminated. */
const SETTLE_MS = 1500;
/** Loading Pyodide takes seconds and ~150 MB: at most this many runtimes at once. */
const MAX_RUNTIMES = 2;

function startRuntime(): Runtime {
  const worker = new Worker(threadBundle(), { execArgv: [] });
  const crashed = new Promise<string>((resolve) => {
    worker.once('error', (error) => resolve(error.message));
    worker.once('exit', (code) => resolve(`the Python sandbox exited with code ${code}`));
  });
  const api = wrap<SandboxApi & { ping(): Promise<string> }>(
    nodeEndpoint(worker),
  ) as unknown as SandboxApi & {
    ping(): Promise<string>;
  };
  const ready = Promise.race([api.ping(), crashed]).then(() => undefined);
  return { handle: { api, crashed }, worker, ready };
}

/**
 * Python sandboxes for the CLI. A Pyodide runtime takes seconds to load, so runtimes are
 * kept and reused: each run loads the code into a fresh namespace. A run that had to be
 * cut off (time-out, crash) takes its runtime with it: the thread is terminated and the
 * next run gets a new one.
 */
export function createPythonNodeSandboxes(): SandboxFactory {
  const idle: Runtime[] = [];
  const waiting: (() => void)[] = [];
  let live = 0;
  const take = async (): Promise<Runtime> => {
    for (;;) {
      const runtime = idle.pop();
      if (runtime) {
        runtime.worker.ref();
        return runtime;
      }
      if (live < MAX_RUNTIMES) {
        live += 1;
        return startRuntime();
      }
      await new Promise<void>((resolve) => waiting.push(resolve));
    }
  };
  const release = (runtime: Runtime | null) => {
    // An idle runtime must not keep the process alive: the CLI exits when its work is done.
    if (runtime) {
      idle.push(runtime);
      runtime.worker.unref();
    } else live -= 1;
    waiting.shift()?.();
  };
  return async () => {
    const runtime = await take();
    await runtime.ready;
    let released = false;
    return {
      ...runtime.handle,
      dispose(done = false) {
        if (released) return;
        released = true;
        if (done) return release(runtime);
        // Cut short: a run that stopped at its first failure leaves cases queued, which the
        // runtime finishes quickly; reloading Pyodide would cost seconds. Only a runtime that
        // does not answer soon (a time-out, endless code) is terminated.
        let timer: ReturnType<typeof setTimeout> | undefined;
        const answered = Promise.race([
          runtime.handle.api.ping().then(() => true),
          runtime.handle.crashed.then(() => false),
          new Promise<boolean>((resolve) => (timer = setTimeout(resolve, SETTLE_MS, false))),
        ]);
        void answered.then((alive) => {
          clearTimeout(timer);
          if (alive) return release(runtime);
          void runtime.worker.terminate();
          release(null);
        });
      },
    };
  };
}

let shared: SandboxFactory | null = null;
/** The process-wide Python sandboxes (judge, validate, complexity). */
export const pythonNodeSandbox: SandboxFactory = () => (shared ??= createPythonNodeSandboxes())();
