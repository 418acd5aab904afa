import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RunReport } from '../runner/run-report';
import { createAppStore } from './app-store';
import { memoryKv } from './memory-kv.fixture';

const REPORT: RunReport = {
  mode: 'run',
  status: 'done',
  tests: [],
  passed: 3,
  failed: 0,
  totalMs: 1,
  budgetMs: 2000,
};

const stores: ReturnType<typeof createAppStore>[] = [];
async function hydratedStore() {
  const store = createAppStore({ kv: memoryKv().kv });
  stores.push(store);
  await vi.waitFor(() => expect(store.getState().hydrated).toBe(true));
  return store;
}
afterEach(() => {
  for (const store of stores.splice(0)) store.disposeStorage();
});

describe('run slice', () => {
  it('finishes a run with its report in one store change', async () => {
    const store = await hydratedStore();
    store.getState().setRunning('two-sum');
    const seen: { running: string | null; report: RunReport | undefined }[] = [];
    store.subscribe((state) =>
      seen.push({ running: state.runningSlug, report: state.reports['two-sum'] }),
    );
    store.getState().finishRun('two-sum', REPORT);
    // One change, so subscribed components render the results and the idle toolbar together.
    expect(seen).toEqual([{ running: null, report: REPORT }]);
  });

  it('does not notify subscribers when the running problem does not change', async () => {
    const store = await hydratedStore();
    const listener = vi.fn();
    store.subscribe(listener);
    store.getState().setRunning(null);
    expect(listener).not.toHaveBeenCalled();
    store.getState().setRunning('two-sum');
    store.getState().setRunning('two-sum');
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
