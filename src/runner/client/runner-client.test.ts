import { describe, expect, it } from 'vitest';
import type { Problem } from '../../domain/problem/problem.schema';
import type { CaseExecution, MeasureResult, SandboxApi } from '../protocol';
import type { RunnableProblem, SandboxHandle } from '../run-session';
import { createRunnerClient } from './runner-client';
import type { PythonPool } from './python-pool';
import type { WorkerPool } from './worker-pool';

const problem: RunnableProblem & Pick<Problem, 'generator' | 'solution'> = {
  entry: {
    kind: 'function',
    name: 'double',
    params: [{ name: 'n', type: 'number', shape: 'json' }],
    returns: { type: 'number', shape: 'json' },
  },
  tests: { compare: 'exact', cases: [{ name: 'two', args: [2], expected: 4, hidden: false }] },
  spec: {},
  runBudgetMs: 5000,
  generator: 'function generate(n) { return [n]; }',
  solution: 'function double(n) { return 2 * n; }',
};

/** An in-process sandbox: `code` "hang" never returns from runCase, anything else doubles. */
function fakePool() {
  const handles: { disposed: boolean }[] = [];
  const pool: WorkerPool = {
    async acquire(): Promise<SandboxHandle> {
      const record = { disposed: false };
      handles.push(record);
      let hang = false;
      const api: SandboxApi = {
        load: async (req) => {
          hang = req.code === 'hang';
          return { ok: true };
        },
        runCase: (args) =>
          hang
            ? new Promise<CaseExecution>(() => undefined)
            : Promise.resolve({
                outcome: {
                  ok: true,
                  returned: { clonable: true, value: (args[0] as number) * 2, display: '' },
                },
                console: { lines: [] },
                ms: 1,
              }),
        collectSpec: async () => ({ ok: true, tests: [] }),
        runSpecTest: async () => ({ passed: true, console: { lines: [] }, ms: 0 }),
        prepareMeasure: async () => ({ ok: true }),
        // Fake timings: 0.1 µs per element, so the series is exactly linear.
        measureSize: (req) =>
          hang
            ? new Promise<MeasureResult>(() => undefined)
            : Promise.resolve({
                ok: true,
                timing: {
                  n: req.n,
                  ms: req.n * 1e-4,
                  medianMs: req.n * 1e-4,
                  samples: 5,
                  callsPerBatch: 1,
                  returnedNothing: false,
                  mutatesInput: false,
                  generateMs: 0,
                  spentMs: 1,
                },
              }),
      };
      return {
        api,
        crashed: new Promise<string>(() => undefined),
        dispose: () => (record.disposed = true),
      };
    },
    dispose: () => undefined,
  };
  return { pool, handles };
}

describe('createRunnerClient', () => {
  it('runs the tests in a sandbox from the pool and disposes it afterwards', async () => {
    const { pool, handles } = fakePool();
    const client = createRunnerClient(pool);
    const report = await client.run(problem, { mode: 'run', code: 'ok', language: 'js' });
    expect(report.status).toBe('done');
    expect(report.passed).toBe(1);
    expect(handles).toEqual([{ disposed: true }]);
    expect(client.isRunning()).toBe(false);
  });

  it('stop() ends a hanging run as stopped', async () => {
    const client = createRunnerClient(fakePool().pool);
    const running = client.run(problem, { mode: 'run', code: 'hang', language: 'js' });
    expect(client.isRunning()).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 10));
    client.stop();
    const report = await running;
    expect(report.status).toBe('stopped');
    expect(report.tests[0]?.status).toBe('stopped');
    expect(client.isRunning()).toBe(false);
  });

  it('a second run stops the first one', async () => {
    const { pool, handles } = fakePool();
    const client = createRunnerClient(pool);
    const first = client.run(problem, { mode: 'run', code: 'hang', language: 'js' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    const second = client.run(problem, { mode: 'submit', code: 'ok', language: 'js' });
    expect((await first).status).toBe('stopped');
    const report = await second;
    expect(report.status).toBe('done');
    expect(report.mode).toBe('submit');
    expect(handles.every((h) => h.disposed)).toBe(true);
    expect(client.isRunning()).toBe(false);
  });

  it('measure() times the code and the reference, reports progress and disposes both sandboxes', async () => {
    const { pool, handles } = fakePool();
    const client = createRunnerClient(pool);
    const seen: string[] = [];
    const report = await client.measure(problem, {
      code: 'ok',
      language: 'js',
      onProgress: (p) => seen.push(p.series),
    });
    expect(report.ok && report.best).toBe('n');
    expect(report.points.length).toBeGreaterThanOrEqual(4);
    expect(report.reference?.ok && report.reference.points.map((p) => p.n)).toEqual(
      report.points.map((p) => p.n),
    );
    expect(seen).toContain('user');
    expect(seen).toContain('reference');
    expect(handles).toEqual([{ disposed: true }, { disposed: true }]);
    expect(client.isRunning()).toBe(false);
  });

  it('measure() is cancelled by its AbortSignal', async () => {
    const { pool, handles } = fakePool();
    const client = createRunnerClient(pool);
    const controller = new AbortController();
    const measuring = client.measure(problem, {
      code: 'hang',
      language: 'js',
      signal: controller.signal,
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    controller.abort();
    const report = await measuring;
    expect(report.ok).toBe(false);
    expect(!report.ok && report.failure).toBe('stopped');
    expect(report.reference).toBeUndefined();
    expect(handles.every((h) => h.disposed)).toBe(true);
    expect(client.isRunning()).toBe(false);
  });
});

/** A Python pool whose first runtime loads when the test says so. */
function fakePythonPool() {
  const listeners = new Set<(loading: boolean) => void>();
  let ready = false;
  let load: () => void = () => undefined;
  const loaded = new Promise<void>((resolve) => (load = resolve));
  const pool: PythonPool = {
    ...fakePool().pool,
    isReady: () => ready,
    onLoading(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    prepare() {
      if (!ready) listeners.forEach((l) => l(true));
      return loaded.then(() => {
        ready = true;
        listeners.forEach((l) => l(false));
      });
    },
  };
  return { pool, load };
}

describe('createRunnerClient: loading Python', () => {
  it('preparePython() resolves once Python is ready; a listener that subscribes meanwhile hears "loading" at once', async () => {
    const python = fakePythonPool();
    const client = createRunnerClient(fakePool().pool, undefined, async () => python.pool);
    const early: boolean[] = [];
    client.onPythonLoading((loading) => early.push(loading));
    let ready = false;
    const prepared = client.preparePython().then(() => (ready = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(ready).toBe(false);
    expect(early.at(-1)).toBe(true);

    const late: boolean[] = [];
    client.onPythonLoading((loading) => late.push(loading));
    expect(late).toEqual([true]);

    python.load();
    await prepared;
    expect(client.pythonReady()).toBe(true);
    expect(early.at(-1)).toBe(false);
    expect(late.at(-1)).toBe(false);
    const after: boolean[] = [];
    client.onPythonLoading((loading) => after.push(loading));
    expect(after).toEqual([]);
  });

  it('preparePython() resolves (and stops "loading") when Python cannot be loaded at all', async () => {
    const client = createRunnerClient(fakePool().pool, undefined, () =>
      Promise.reject(new Error('offline')),
    );
    const heard: boolean[] = [];
    client.onPythonLoading((loading) => heard.push(loading));
    await client.preparePython();
    expect(heard).toEqual([true, false]);
    expect(client.pythonReady()).toBe(false);
  });
});
