import { wrap } from 'comlink';
import type { SandboxApi } from '../protocol';
import type { SandboxHandle } from '../run-session';
import { FramedWorker, type SandboxWorker } from './framed-worker';

export type { SandboxWorker } from './framed-worker';

export type WorkerFactory = () => SandboxWorker;

type WorkerApi = SandboxApi & { warmUp(): Promise<void> };

/**
 * A worker that never finishes its warm-up is handed out anyway after this long: the
 * run's own time budget then ends it, instead of the Run button waiting forever.
 */
export const WARM_UP_TIMEOUT_MS = 10_000;

/**
 * When the next spare starts. A worker start (fetching and compiling ~0.5 MB, then the
 * dry run) takes a core for 50–250 ms, so on a two-core laptop it must not overlap the run
 * or the painting of its results. It starts once the run has ended and a frame has been
 * painted (`afterRun`, which also ends an idle used worker), or, for a run still going
 * after `duringRunMs`, alongside it, so that a run killed on time-out finds a warm spare.
 */
export interface SpareTiming {
  duringRunMs: number;
  afterRun: (start: () => void) => void;
}

/**
 * The next painted frame, then the main thread's next idle period (at most 250 ms later): a
 * worker start right after the frame would hold the thread just when the user reads the
 * results and reaches for the next control. A plain timer where there are no frames.
 */
function afterNextPaint(start: () => void): void {
  if (typeof requestAnimationFrame !== 'function') {
    setTimeout(start, 0);
    return;
  }
  // A hidden tab paints no frames: the timer makes sure the spare still starts.
  const fallback = setTimeout(start, 250);
  requestAnimationFrame(() => {
    clearTimeout(fallback);
    if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 250 });
    else setTimeout(start, 0);
  });
}

export const DEFAULT_SPARE_TIMING: SpareTiming = { duringRunMs: 300, afterRun: afterNextPaint };

let runnerSource: Promise<Blob> | null = null;

/** The runner worker's bundle (a chunk of its own, loaded once), as a Blob to start workers from. */
function loadRunnerSource(): Promise<Blob> {
  runnerSource ??= import('../runner.worker.ts?sandbox-worker').then(
    (m) => new Blob([m.default], { type: 'text/javascript' }),
    (error: unknown) => {
      runnerSource = null;
      throw error;
    },
  );
  return runnerSource;
}

/** Starts the runner's worker inside its own sandbox host (an opaque-origin iframe). */
export function spawnRunnerWorker(): SandboxWorker {
  return new FramedWorker({ source: loadRunnerSource, name: 'runner' });
}

export interface AcquireOptions {
  /**
   * Start the next spare only after this run, never alongside it (for measurements that
   * time code for seconds, which a worker start on the other core would disturb).
   */
  replaceAfterRun?: boolean;
}

export interface WorkerPool {
  /** A fresh, warmed sandbox for one run; dispose it afterwards (it is never reused). */
  acquire(options?: AcquireOptions): Promise<SandboxHandle>;
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
    worker.addEventListener('messageerror', () =>
      resolve('a message from the sandbox could not be read'),
    );
  });
  const remote = wrap<WorkerApi>(worker);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const ready = Promise.race([
    remote.warmUp().then(
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
 * Keeps one spare worker started, warmed (see warmUpSandbox) and answering, so a run does
 * not pay the worker start-up. Each run gets a fresh worker (a clean realm): whatever the
 * previous solution did to its globals, or an endless loop it left behind, dies with the
 * old worker. When a run comes before its spare was started, the spare starts at once.
 */
export function createWorkerPool(
  create: WorkerFactory = spawnRunnerWorker,
  timing: SpareTiming = DEFAULT_SPARE_TIMING,
): WorkerPool {
  let spare: Spare | null = warmUp(create);
  let disposed = false;
  /** The latest run's plan for the next spare; a newer run replaces it. */
  let planned: { cancel(): void } | null = null;

  /** Starts the next spare once, at the first of the given moments. */
  const planReplacement = (duringRun: boolean) => {
    planned?.cancel();
    let done = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const start = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (!disposed && !spare) spare = warmUp(create);
    };
    if (duringRun) timer = setTimeout(start, timing.duringRunMs);
    const plan = {
      start,
      cancel() {
        done = true;
        clearTimeout(timer);
      },
    };
    planned = plan;
    return plan;
  };

  return {
    async acquire(options = {}) {
      if (disposed) throw new Error('The runner was shut down.');
      const taken = spare ?? warmUp(create);
      spare = null;
      const plan = planReplacement(!options.replaceAfterRun);
      await taken.ready;
      const { handle } = taken;
      let released = false;
      return {
        ...handle,
        dispose(idle = false) {
          // Ending a worker takes its thread ~20 ms of CPU (the heap is torn down): an idle
          // one is ended after the results are painted, a busy one (runaway code) at once.
          if (!idle && !released) {
            handle.dispose();
            // Chromium ends a busy worker's thread only ~2 s after terminate(), unless its
            // process exits: the spare shares that process (one per site for sandboxed
            // frames), so it goes too, and the next spare starts in a fresh process.
            spare?.handle.dispose();
            spare = null;
            plan.cancel();
          }
          if (released) return;
          released = true;
          timing.afterRun(() => {
            handle.dispose();
            plan.start();
            if (!disposed && !spare) spare = warmUp(create);
          });
        },
      };
    },
    dispose() {
      disposed = true;
      planned?.cancel();
      spare?.handle.dispose();
      spare = null;
    },
  };
}
