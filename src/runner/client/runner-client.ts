import type { Language } from '../protocol';
import type { RunMode, RunReport } from '../run-report';
import { runTests, type RunnableProblem } from '../run-session';
import { createWorkerPool, type WorkerPool } from './worker-pool';

/** Runs user code against a problem's tests in a fresh Web Worker; one run at a time. */
export interface RunnerClient {
  run(problem: RunnableProblem, opts: { mode: RunMode; code: string; language: Language }): Promise<RunReport>;
  /** Ends the current run: its report comes back with status "stopped". */
  stop(): void;
  isRunning(): boolean;
  /** Stops any run and terminates the warm spare worker. */
  dispose(): void;
}

/** A runner over the given pool (tests pass a pool of fake workers). */
export function createRunnerClient(pool: WorkerPool = createWorkerPool()): RunnerClient {
  let current: AbortController | null = null;
  const stop = (): void => {
    current?.abort();
    current = null;
  };
  return {
    async run(problem, opts) {
      // A second Run while one is going replaces it: the old one resolves as stopped.
      stop();
      const controller = new AbortController();
      current = controller;
      try {
        return await runTests(problem, () => pool.acquire(), { ...opts, signal: controller.signal });
      } finally {
        if (current === controller) current = null;
      }
    },
    stop,
    isRunning: () => current !== null,
    dispose() {
      stop();
      pool.dispose();
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
