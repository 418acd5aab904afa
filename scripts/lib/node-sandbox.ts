import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { wrap } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { buildSync } from 'esbuild';
import type { SandboxApi } from '../../src/runner/protocol';
import type { SandboxFactory } from '../../src/runner/run-session';

let bundled: string | null = null;

/**
 * Bundles the thread entry once per process: a worker thread would otherwise
 * load TypeScript through tsx at every start (~500 ms instead of ~30 ms).
 */
function threadBundle(): string {
  if (bundled) return bundled;
  const outDir = fileURLToPath(new URL('../../node_modules/.cache/mockround/', import.meta.url));
  mkdirSync(outDir, { recursive: true });
  // A file per process, renamed into place: parallel CLI runs never read a half-written bundle.
  const target = `${outDir}sandbox-thread-${process.pid}.cjs`;
  buildSync({
    entryPoints: [fileURLToPath(new URL('./sandbox-thread.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: `${target}.tmp`,
    logLevel: 'error',
  });
  renameSync(`${target}.tmp`, target);
  process.once('exit', () => rmSync(target, { force: true }));
  bundled = target;
  return bundled;
}

/**
 * A fresh worker thread per run, so every solution starts from a clean realm
 * and an endless loop is ended by terminating the thread.
 */
export const nodeSandbox: SandboxFactory = async () => {
  // execArgv: [] keeps tsx's loader hooks (inherited by default) out of the thread: with them,
  // loading the bundle takes ~450 ms instead of ~80 ms.
  // stackSizeMb: 1 matches a Chromium worker's stack (~1 MB), so a recursion too deep for the
  // browser is too deep here as well and the validator sees what users would.
  const worker = new Worker(threadBundle(), { execArgv: [], resourceLimits: { stackSizeMb: 1 } });
  const crashed = new Promise<string>((resolve) => {
    worker.once('error', (error) => resolve(error.message));
    worker.once('exit', (code) => resolve(`the sandbox exited with code ${code}`));
  });
  const api = wrap<SandboxApi & { ping(): Promise<string> }>(
    nodeEndpoint(worker),
  ) as unknown as SandboxApi & {
    ping(): Promise<string>;
  };
  // Ready before the run's budget starts, as the browser's warm spare is.
  await Promise.race([api.ping(), crashed]);
  return { api, crashed, dispose: () => void worker.terminate() };
};
