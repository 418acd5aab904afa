import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../domain/settings/settings.schema';
import { createAppStore, STORAGE_KEY } from './app-store';
import { memoryKv } from './memory-kv.fixture';

const stores: ReturnType<typeof createAppStore>[] = [];
async function storeOn(kv: ReturnType<typeof memoryKv>['kv']) {
  const store = createAppStore({ kv });
  stores.push(store);
  await vi.waitFor(() => expect(store.getState().hydrated).toBe(true), { timeout: 5_000 });
  return store;
}
/** The `state` of the record as written. */
function savedState(mem: ReturnType<typeof memoryKv>): Record<string, unknown> {
  const raw = mem.data.get(STORAGE_KEY);
  return (
    (JSON.parse(typeof raw === 'string' ? raw : '{}') as { state?: Record<string, unknown> })
      .state ?? {}
  );
}
afterEach(() => {
  for (const store of stores.splice(0)) store.disposeStorage();
});

describe('settings slice', () => {
  it('starts at the defaults and applies a valid change', async () => {
    const store = await storeOn(memoryKv().kv);
    expect(store.getState().settings).toEqual(DEFAULT_SETTINGS);
    expect(store.getState().updateSettings({ theme: 'dark', fontSize: 18 })).toBeNull();
    expect(store.getState().settings).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', fontSize: 18 });
  });

  it('refuses a value outside the schema as a whole and names the field', async () => {
    const store = await storeOn(memoryKv().kv);
    const reason = store.getState().updateSettings({ theme: 'dark', fontSize: 100 });
    expect(reason).toMatch(/^fontSize: /);
    expect(store.getState().settings).toEqual(DEFAULT_SETTINGS);
  });

  it('is kept between visits, and saved only once something differs from the defaults', async () => {
    const mem = memoryKv();
    const first = await storeOn(mem.kv);
    first.getState().setDraft('two-sum', 'js', 'x');
    await first.flushStorage();
    expect(savedState(mem)).not.toHaveProperty('settings');

    first.getState().updateSettings({ vimMode: true, tabSize: 4, hideDifficultyAndTags: true });
    await first.flushStorage();
    const second = await storeOn(mem.kv);
    expect(second.getState().settings).toEqual({
      ...DEFAULT_SETTINGS,
      vimMode: true,
      tabSize: 4,
      hideDifficultyAndTags: true,
    });
    expect(second.getState().drafts).toEqual({ 'two-sum:js': 'x' });

    second.getState().resetSettings();
    await second.flushStorage();
    expect(savedState(mem)).not.toHaveProperty('settings');
  });

  it('sets a saved record with a bad setting aside and says which field', async () => {
    const raw = JSON.stringify({
      state: {
        drafts: { 'two-sum:js': 'mine' },
        languages: {},
        activeRound: null,
        settings: { ...DEFAULT_SETTINGS, tabSize: 3 },
      },
      version: 2,
    });
    const store = await storeOn(memoryKv({ [STORAGE_KEY]: raw }).kv);
    expect(store.getState().storageProblem).toContain('state.settings.tabSize');
    expect(store.getState().settings).toEqual(DEFAULT_SETTINGS);
  });
});
