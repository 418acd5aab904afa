import { afterEach, describe, expect, it } from 'vitest';
import { createAppStore, STORAGE_KEY } from './app-store';
import { memoryKv } from './memory-kv.fixture';
import { createRoundRecords } from './round-records';

const MIN = 60_000;
const input = {
  id: 'r1',
  problemSlug: 'two-sum',
  mode: 'timed' as const,
  durationMs: 20 * MIN,
  language: 'js' as const,
  code: 'start',
};
const stores: ReturnType<typeof createAppStore>[] = [];
afterEach(() => stores.splice(0).forEach((s) => s.disposeStorage()));

async function hydratedStore(kv = memoryKv().kv) {
  const store = createAppStore({ kv, writeDelayMs: 0 });
  stores.push(store);
  await new Promise<void>((resolve) => {
    if (store.getState().hydrated) resolve();
    const stop = store.subscribe((s) => s.hydrated && (stop(), resolve()));
  });
  return store;
}

describe('round slice', () => {
  it('starts one round at a time and moves it through the machine', async () => {
    const store = await hydratedStore();
    store.getState().startRound(input, 0);
    expect(() => store.getState().startRound({ ...input, id: 'r2' }, 1)).toThrow(
      /still active: finish or abandon/,
    );
    expect(store.getState().dispatchRound({ type: 'begin-coding' }, 1000)).toBeNull();
    expect(store.getState().dispatchRound({ type: 'pause' }, 2000)).toMatch(
      /timed rounds cannot be paused/,
    );
    expect(store.getState().activeRound?.phase).toBe('code');
  });

  it('restores the active round after a reload, with its absolute deadline', async () => {
    const mem = memoryKv();
    const first = await hydratedStore(mem.kv);
    first.getState().startRound(input, 5_000);
    first.getState().dispatchRound({ type: 'add-note', id: 'n1', text: 'hash map?' }, 65_000);
    await first.flushStorage();
    expect(String(mem.data.get(STORAGE_KEY))).toContain('hash map?');
    const second = await hydratedStore(mem.kv);
    const round = second.getState().activeRound;
    expect(round?.deadline).toBe(5_000 + 20 * MIN);
    expect(round?.notes[0]).toMatchObject({ text: 'hash map?', atMs: 60_000 });
  });

  it('migrates format-1 saved state (drafts only) without losing drafts', async () => {
    const v1 = JSON.stringify({
      state: { drafts: { 'two-sum:js': 'kept' }, languages: { 'two-sum': 'js' } },
      version: 1,
    });
    const store = await hydratedStore(memoryKv({ [STORAGE_KEY]: v1 }).kv);
    expect(store.getState().drafts).toEqual({ 'two-sum:js': 'kept' });
    expect(store.getState().activeRound).toBeNull();
    expect(store.getState().storageProblem).toBeNull();
  });
});

describe('round records', () => {
  it('saves rounds, lists them newest first, and reports unreadable ones without deleting them', async () => {
    const mem = memoryKv({ 'round:broken': { version: 1, id: 'broken' } });
    const records = createRoundRecords(mem.kv);
    const store = await hydratedStore();
    const a = store.getState().startRound(input, 0);
    await records.save({ ...a, savedAt: 100 });
    await records.save({ ...a, id: 'r2', savedAt: 200 });
    const { rounds, problems } = await records.list();
    expect(rounds.map((r) => r.id)).toEqual(['r2', 'r1']);
    expect(problems[0]).toMatch(/Saved round "round:broken" could not be read \(problemSlug: /);
    expect(mem.data.has('round:broken')).toBe(true);
  });
});
