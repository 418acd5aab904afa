import { describe, expect, it } from 'vitest';
import type { CaseExecution, SandboxApi } from '../protocol';
import type { RunnableProblem, SandboxHandle } from '../run-session';
import { createRunnerClient } from './runner-client';
import type { WorkerPool } from './worker-pool';

const problem: RunnableProblem = {
  entry: { kind: 'function', name: 'double', params: [{ name: 'n', type: 'number', shape: 'json' }], returns: { type: 'number', shape: 'json' } },
  tests: { compare: 'exact', cases: [{ name: 'two', args: [2], expected: 4, hidden: false }] },
  spec: {},
  runBudgetMs: 5000,
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
            : Promise.resolve({ outcome: { ok: true, returned: { clonable: true, value: (args[0] as number) * 2, display: '' } }, console: { lines: [] }, ms: 1 }),
        collectSpec: async () => ({ ok: true, tests: [] }),
        runSpecTest: async () => ({ passed: true, console: { lines: [] }, ms: 0 }),
      };
      return { api, crashed: new Promise<string>(() => undefined), dispose: () => (record.disposed = true) };
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
});
