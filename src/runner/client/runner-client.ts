import type { Problem } from '../../domain/problem/problem.schema';
import type { MeasurePlan } from '../measure-plan';
import type { GrowthReport } from '../measure-report';
import { measureGrowth, type MeasurableProblem, type MeasureProgress } from '../measure-session';
import type { RunLanguage } from '../protocol';
import type { RunMode, RunReport } from '../run-report';
import { runTests, type RunnableProblem } from '../run-session';
import type { PythonPool } from './python-pool';
import { createWorkerPool, type WorkerPool } from './worker-pool';

const defaultPythonPool = () => import('./python-pool').then((m) => m.createPythonPool());

export interface ClientMeasureOptions {
  code: string;
  language: RunLanguage;
  /** The user's series' budget (default 3000 ms); the reference gets half as much on top. */
  budgetMs?: number;
  /** Time the problem's reference solution on the same sizes (default true). */
  withReference?: boolean;
  /** Called after every timed size, for a progress bar and a live chart. */
  onProgress?: (progress: MeasureProgress) => void;
  /** Aborting cancels the measurement: it resolves with `{ ok: false, failure: 'stopped' }`. */
  signal?: AbortSignal;
}

/**
 * Chromium coarsens performance.now() to 0.1 ms in workers that are not
 * cross-origin isolated: 4 ms batches keep that rounding near 2 %.
 */
const BROWSER_PLAN: Partial<MeasurePlan> = { minBatchMs: 4 };

/** Runs user code against a problem's tests in a fresh Web Worker; one run at a time. */
export interface RunnerClient {
  run(
    problem: RunnableProblem,
    opts: { mode: RunMode; code: string; language: RunLanguage; onPosted?: () => void },
  ): Promise<RunReport>;
  /**
   * Measures how the user's code grows on the problem's generated inputs (and the
   * reference beside it). Like run(), it replaces whatever was running.
   */
  measure(
    problem: MeasurableProblem & Pick<Problem, 'solution' | 'python'>,
    opts: ClientMeasureOptions,
  ): Promise<GrowthReport>;
  /** Ends the current run or measurement: it comes back with status "stopped". */
  stop(): void;
  isRunning(): boolean;
  /** Whether Python is loaded and ready (false until the first Python runtime has loaded). */
  pythonReady(): boolean;
  /**
   * Called with true while the first Python runtime loads ("Loading Python…"), then false; a
   * listener that subscribes while it loads hears true at once.
   */
  onPythonLoading(listener: (loading: boolean) => void): () => void;
  /**
   * Starts loading Python in the background (the user picked it). Resolves once a Python runtime
   * is ready, or has failed to load (the next Python Run reports why); never rejects.
   */
  preparePython(): Promise<void>;
  /** Stops any run and terminates the warm spare worker. */
  dispose(): void;
}

/** A runner over the given pool (tests pass a pool of fake workers). */
export function createRunnerClient(
  pool: WorkerPool = createWorkerPool(),
  plan: Partial<MeasurePlan> = BROWSER_PLAN,
  loadPythonPool: () => Promise<PythonPool> = defaultPythonPool,
): RunnerClient {
  // Python's pool (and Pyodide) is loaded only when Python is first run.
  let python: Promise<PythonPool> | null = null;
  let pythonPool: PythonPool | null = null;
  const loadingListeners = new Set<(loading: boolean) => void>();
  let pythonLoading = false;
  const setPythonLoading = (loading: boolean) => {
    pythonLoading = loading;
    loadingListeners.forEach((l) => l(loading));
  };
  const loadPython = (): Promise<PythonPool> =>
    (python ??= loadPythonPool().then(
      (created) => {
        pythonPool = created;
        created.onLoading(setPythonLoading);
        return created;
      },
      (error: unknown) => {
        python = null; // a later Run tries again
        throw error;
      },
    ));
  const poolFor = async (language: RunLanguage): Promise<WorkerPool> =>
    language === 'py' ? loadPython() : pool;
  let current: AbortController | null = null;
  const stop = (): void => {
    current?.abort();
    current = null;
  };
  const start = (): AbortController => {
    // A second Run while one is going replaces it: the old one resolves as stopped.
    stop();
    const controller = new AbortController();
    current = controller;
    return controller;
  };
  const finish = (controller: AbortController): void => {
    if (current === controller) current = null;
  };
  return {
    async run(problem, opts) {
      const controller = start();
      try {
        const chosen = await poolFor(opts.language);
        return await runTests(problem, () => chosen.acquire(), {
          ...opts,
          signal: controller.signal,
        });
      } finally {
        finish(controller);
      }
    },
    async measure(problem, opts) {
      const controller = start();
      const forward = () => controller.abort();
      if (opts.signal?.aborted) controller.abort();
      opts.signal?.addEventListener('abort', forward, { once: true });
      try {
        // The next spare starts after the measurement, so its start-up does not disturb the timings.
        const chosen = await poolFor(opts.language);
        // Python is compared with the Python reference, timed in the same kind of runtime.
        const referenceCode = opts.language === 'py' ? problem.python?.solution : problem.solution;
        return await measureGrowth(problem, () => chosen.acquire({ replaceAfterRun: true }), {
          code: opts.code,
          language: opts.language,
          budgetMs: opts.budgetMs,
          reference:
            opts.withReference === false || !referenceCode
              ? undefined
              : { code: referenceCode, language: opts.language },
          signal: controller.signal,
          onProgress: opts.onProgress,
          plan,
        });
      } finally {
        opts.signal?.removeEventListener('abort', forward);
        finish(controller);
      }
    },
    stop,
    isRunning: () => current !== null,
    pythonReady: () => pythonPool?.isReady() ?? false,
    preparePython() {
      // Shown while Python's own code is fetched too, before its pool exists.
      if (!pythonPool?.isReady()) setPythonLoading(true);
      return loadPython()
        .then((created) => created.prepare())
        .then(
          () => setPythonLoading(false),
          () => setPythonLoading(false), // the first Run reports a pool that cannot load
        );
    },
    onPythonLoading(listener) {
      loadingListeners.add(listener);
      if (pythonLoading) listener(true);
      return () => loadingListeners.delete(listener);
    },
    dispose() {
      stop();
      pool.dispose();
      pythonPool?.dispose();
    },
  };
}

let client: RunnerClient | null = null;

/**
 * The app-wide runner, created on first use. Calling it early (e.g. when a
 * problem page opens) starts warming the first worker before the first Run.
 */
export function getRunnerClient(): RunnerClient {
  if (client) return client;
  const created = createRunnerClient();
  const singleton: RunnerClient = {
    ...created,
    dispose() {
      created.dispose();
      // The next caller gets a working runner rather than a disposed one.
      if (client === singleton) client = null;
    },
  };
  client = singleton;
  return singleton;
}
