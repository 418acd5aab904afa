import { wrap, type Endpoint } from 'comlink';
import type { SandboxApi } from '../protocol';
import type { SandboxHandle } from '../run-session';

/** What the pool needs from a worker; a DOM `Worker` fits, and so does a test double. */
export interface SandboxWorker extends Endpoint {
  terminate(): void;
}

export type WorkerFactory = () => SandboxWorker;

type WorkerApi = SandboxApi & { ping(): string };

/**
 * A worker that never answers its ping is handed out anyway after this long: the
 * run's own time budget then ends it, instead of the Run button waiting forever.
 */
export const WARM_UP_TIMEOUT_MS = 10_000;

/** Starts the runner's Web Worker (Vite bundles it from this exact `new URL` form). */
export function spawnRunnerWorker(): SandboxWorker {
  return new Worker(new URL('../runner.worker.ts', import.meta.url), { type: 'module' });
}

export interface WorkerPool {
  /** A fresh, warmed sandbox for one run; dispose it afterwards (it is never reused). */
  acquire(): Promise<SandboxHandle>;
  /** Terminates the spare; acquire() rejects afterwards. */
  dispose(): void;
}

interface Spare {
  handle: SandboxHandle;
  ready: Promise<void>;
}

function warmUp(create: WorkerFactory): Spare {
  const worker = create();
  const crashed = new Promise<string>((resolve) => {
    worker.addEventListener('error', (event) => {
      // We report the failure in the run's results; keep it out of the page's error log.
      event.preventDefault();
      const message = (event as ErrorEvent).message;
      resolve(message ? message : 'the sandbox worker failed');
    });
    worker.addEventListener('messageerror', () => resolve('a message from the sandbox could not be read'));
  });
  const remote = wrap<WorkerApi>(worker);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const ready = Promise.race([
    remote.ping().then(
      () => undefined,
      () => undefined,
    ),
    crashed.then(() => undefined),
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, WARM_UP_TIMEOUT_MS);
    }),
  ]).finally(() => clearTimeout(timer));
  const api = remote as unknown as SandboxApi;
  return { handle: { api, crashed, dispose: () => worker.terminate() }, ready };
}

/**
 * Keeps one spare worker started and answering, so a run does not pay the
 * ~40–70 ms worker start-up inside its time budget. Each run gets a fresh
 * worker (a clean realm): whatever the previous solution did to its globals,
 * or an endless loop it left behind, dies with the old worker.
 */
export function createWorkerPool(create: WorkerFactory = spawnRunnerWorker): WorkerPool {
  let spare: Spare | null = warmUp(create);
  return {
    async acquire() {
      if (!spare) throw new Error('The runner was shut down.');
      const taken = spare;
      spare = warmUp(create);
      await taken.ready;
      return taken.handle;
    },
    dispose() {
      spare?.handle.dispose();
      spare = null;
    },
  };
}
