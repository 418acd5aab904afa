import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { get, createStore as idbStore, set } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRound } from '../domain/round/round-machine';
import { ROUND_VERSION } from '../domain/round/round.schema';
import { createAppStore, STORAGE_KEY } from './app-store';
import { idbKeyValueStore } from './buffered-storage';
import { memoryKv } from './memory-kv.fixture';
import { QUARANTINE_KEY, type QuarantineEntry } from './quarantine';

const DB = 'mockround-app-state';
const stores: ReturnType<typeof createAppStore>[] = [];
function track(store: ReturnType<typeof createAppStore>) {
  stores.push(store);
  return store;
}
async function hydrated(store: ReturnType<typeof createAppStore>) {
  await vi.waitFor(() => expect(store.getState().hydrated).toBe(true), { timeout: 5_000 });
  return store;
}

beforeEach(() => {
  // A brand-new, empty IndexedDB for every test.
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => {
  for (const store of stores.splice(0)) store.disposeStorage();
});

describe('persistence through IndexedDB', () => {
  it('saves drafts and languages (not reports) and reads them back in a new store', async () => {
    const first = await hydrated(track(createAppStore({ kv: idbKeyValueStore() })));
    first.getState().setDraft('two-sum', 'ts', 'const x: number = 1;');
    first.getState().setLanguage('two-sum', 'ts');
    first.getState().setRunning('two-sum');
    await first.flushStorage();

    const raw = await get(STORAGE_KEY, idbStore(DB, 'keyval'));
    expect(JSON.parse(raw as string)).toEqual({
      state: {
        drafts: { 'two-sum:ts': 'const x: number = 1;' },
        languages: { 'two-sum': 'ts' },
        activeRound: null,
      },
      version: 2,
    });

    const second = await hydrated(track(createAppStore({ kv: idbKeyValueStore() })));
    expect(second.getState().drafts).toEqual({ 'two-sum:ts': 'const x: number = 1;' });
    expect(second.getState().languages).toEqual({ 'two-sum': 'ts' });
    expect(second.getState().runningSlug).toBeNull();
    expect(second.getState().storageProblem).toBeNull();
  });

  it('survives a reload of the app module (the real useAppStore singleton)', async () => {
    vi.resetModules();
    const before = await import('./app-store');
    await hydrated(before.useAppStore);
    before.useAppStore
      .getState()
      .setDraft('valid-parentheses', 'js', 'function isValid(s) { return true; }');
    await before.useAppStore.flushStorage();
    before.useAppStore.disposeStorage();

    vi.resetModules();
    const after = await import('./app-store');
    expect(after.useAppStore).not.toBe(before.useAppStore);
    await hydrated(after.useAppStore);
    expect(after.useAppStore.getState().drafts['valid-parentheses:js']).toBe(
      'function isValid(s) { return true; }',
    );
    after.useAppStore.disposeStorage();
  });
});

describe('batched writes', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes a burst of edits once, within 300 ms of the first', async () => {
    const mem = memoryKv();
    const store = await hydrated(track(createAppStore({ kv: mem.kv })));
    await store.flushStorage();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    mem.writes.length = 0;
    for (let i = 0; i < 20; i += 1) store.getState().setDraft('two-sum', 'js', `code ${i}`);
    await vi.advanceTimersByTimeAsync(299);
    expect(mem.writes).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(mem.writes).toHaveLength(1);
    expect(mem.data.get(STORAGE_KEY)).toContain('code 19');
  });

  it('drops writes made before the saved state was read, so they cannot overwrite it', async () => {
    const saved = JSON.stringify({
      state: { drafts: { 'two-sum:js': 'mine' }, languages: {}, activeRound: null },
      version: 2,
    });
    const mem = memoryKv({ [STORAGE_KEY]: saved });
    let finishRead = () => {};
    mem.control.readsWaitFor = new Promise<void>((resolve) => (finishRead = resolve));
    const store = track(createAppStore({ kv: mem.kv }));
    store.getState().setRunning('two-sum');
    await store.flushStorage();
    finishRead();
    await hydrated(store);
    await store.flushStorage();
    expect(mem.data.get(STORAGE_KEY)).toBe(saved);
    expect(store.getState().drafts).toEqual({ 'two-sum:js': 'mine' });
  });

  it('upgrades an active round saved in an older record version (its reveal keeps the older verdict)', async () => {
    const round = {
      ...createRound(
        {
          id: 'r-old',
          problemSlug: 'two-sum',
          mode: 'timed',
          durationMs: 900_000,
          language: 'js',
          code: '',
        },
        1_700_000_000_000,
      ),
      version: 1,
      phase: 'reveal',
      estimate: { time: 'O(n)', space: 'O(n)', reason: '' },
      reveal: { passed: 1, failed: 0, status: 'done', timeVerdict: 'match', spaceVerdict: 'wrong' },
    };
    const saved = JSON.stringify({
      state: { drafts: {}, languages: {}, activeRound: round },
      version: 2,
    });
    const store = await hydrated(
      track(createAppStore({ kv: memoryKv({ [STORAGE_KEY]: saved }).kv })),
    );
    expect(store.getState().storageProblem).toBeNull();
    expect(store.getState().activeRound).toMatchObject({
      version: ROUND_VERSION,
      reveal: { olderVerdict: { time: 'match', space: 'wrong' } },
    });
  });

  it('a second window that only reads the saved state never writes it back over newer changes', async () => {
    const { kv, writes } = memoryKv();
    const candidate = await hydrated(track(createAppStore({ kv, writeDelayMs: 5 })));
    candidate.getState().startRound({
      id: 'r-1',
      problemSlug: 'two-sum',
      mode: 'practice',
      durationMs: 900_000,
      language: 'js',
      code: 'let a;',
    });
    candidate.getState().dispatchRound({ type: 'begin-coding' });
    candidate.getState().dispatchRound({ type: 'set-pair', pair: 'window' });
    candidate.getState().setDraft('two-sum', 'js', 'draft one');
    await candidate.flushStorage();
    const before = writes.length;

    // The interviewer's window opens: it reads everything, changes nothing.
    const interviewer = await hydrated(track(createAppStore({ kv, writeDelayMs: 5 })));
    expect(interviewer.getState().activeRound?.pair).toBe('window');
    await new Promise((resolve) => setTimeout(resolve, 30));
    await interviewer.flushStorage();
    expect(writes.length).toBe(before);
  });

  it('reports a failed write in storageProblem', async () => {
    const mem = memoryKv();
    const store = await hydrated(track(createAppStore({ kv: mem.kv })));
    mem.control.failWrites = true;
    store.getState().setDraft('two-sum', 'js', 'x');
    await store.flushStorage();
    expect(store.getState().storageProblem).toMatch(/could not be saved \(QuotaExceededError\)/);
  });
});

describe('unreadable saved data', () => {
  async function loadWith(raw: unknown) {
    await set(STORAGE_KEY, raw, idbStore(DB, 'keyval'));
    const store = await hydrated(track(createAppStore({ kv: idbKeyValueStore() })));
    const quarantined = (await get(QUARANTINE_KEY, idbStore(DB, 'keyval'))) as
      QuarantineEntry[] | undefined;
    return { store, quarantined };
  }

  it('keeps a record with a bad field in quarantine and says which field', async () => {
    const raw = JSON.stringify({
      state: { drafts: { 'two-sum:js': 42 }, languages: {} },
      version: 1,
    });
    const { store, quarantined } = await loadWith(raw);
    expect(store.getState().storageProblem).toMatch(
      /could not be read \(state\.drafts\.two-sum:js: .*string/,
    );
    expect(store.getState().storageProblem).toContain('mockround-quarantine');
    expect(store.getState().drafts).toEqual({});
    expect(quarantined).toHaveLength(1);
    expect(quarantined?.[0]).toMatchObject({ key: STORAGE_KEY, raw });
  });

  it('keeps text that is not JSON in quarantine', async () => {
    const { store, quarantined } = await loadWith('{"state": {"drafts": ');
    expect(store.getState().storageProblem).toMatch(/could not be read \(.*JSON/);
    expect(quarantined?.[0]?.raw).toBe('{"state": {"drafts": ');
  });

  it('keeps data from a newer version, and a record without a version, instead of dropping them', async () => {
    const newer = JSON.stringify({ state: { drafts: {}, languages: {}, notes: {} }, version: 7 });
    const first = await loadWith(newer);
    expect(first.store.getState().storageProblem).toMatch(/newer version of MockRound \(format 7/);
    first.store.disposeStorage();

    const unversioned = JSON.stringify({ drafts: { 'two-sum:js': 'x' } });
    const second = await loadWith(unversioned);
    expect(second.store.getState().storageProblem).toMatch(/version/);
    expect(second.quarantined?.map((entry) => entry.raw)).toEqual([newer, unversioned]);
  });

  it('starts saving again after quarantine, with the new data', async () => {
    const { store } = await loadWith('not json');
    store.getState().setDraft('two-sum', 'js', 'fresh');
    await store.flushStorage();
    const reread = await hydrated(track(createAppStore({ kv: idbKeyValueStore() })));
    expect(reread.getState().drafts).toEqual({ 'two-sum:js': 'fresh' });
    expect(reread.getState().storageProblem).toBeNull();
  });

  it('marks the store hydrated with a message when storage is unavailable, and never writes', async () => {
    const mem = memoryKv();
    mem.control.failReads = true;
    const store = await hydrated(track(createAppStore({ kv: mem.kv })));
    expect(store.getState().storageProblem).toMatch(
      /storage is not available \(IndexedDB is blocked\)/,
    );
    store.getState().setDraft('two-sum', 'js', 'x');
    await store.flushStorage();
    expect(mem.writes).toEqual([]);
    expect(store.getState().drafts).toEqual({ 'two-sum:js': 'x' });
  });
});
