import { afterEach, describe, expect, it } from 'vitest';
import { createAppStore } from './app-store';
import { memoryKv } from './memory-kv.fixture';

const stores: ReturnType<typeof createAppStore>[] = [];
async function freshStore() {
  const store = createAppStore({ kv: memoryKv().kv });
  stores.push(store);
  await store.persist.rehydrate();
  return store;
}
afterEach(() => {
  for (const store of stores.splice(0)) store.disposeStorage();
});

describe('code slice', () => {
  it('sets a draft per problem and language without touching the others', async () => {
    const store = await freshStore();
    store.getState().setDraft('two-sum', 'js', 'let a = 1;');
    store.getState().setDraft('two-sum', 'ts', 'let a: number = 1;');
    store.getState().setDraft('two-sum', 'js', 'let a = 2;');
    expect(store.getState().drafts).toEqual({
      'two-sum:js': 'let a = 2;',
      'two-sum:ts': 'let a: number = 1;',
    });
  });

  it('resetDraft removes only that draft so the starter shows again', async () => {
    const store = await freshStore();
    store.getState().setDraft('two-sum', 'js', 'a');
    store.getState().setDraft('two-sum', 'ts', 'b');
    store.getState().resetDraft('two-sum', 'js');
    expect(store.getState().drafts).toEqual({ 'two-sum:ts': 'b' });
    expect('two-sum:js' in store.getState().drafts).toBe(false);
  });

  it('remembers the language per problem', async () => {
    const store = await freshStore();
    store.getState().setLanguage('two-sum', 'ts');
    expect(store.getState().languages).toEqual({ 'two-sum': 'ts' });
    store.getState().setLanguage('valid-parentheses', 'js');
    expect(store.getState().languages).toEqual({ 'two-sum': 'ts', 'valid-parentheses': 'js' });
  });
});

describe('run slice', () => {
  it('tracks the running problem and keeps one report per problem', async () => {
    const store = await freshStore();
    store.getState().setRunning('two-sum');
    expect(store.getState().runningSlug).toBe('two-sum');
    const report = {
      mode: 'run',
      status: 'done',
      tests: [],
      passed: 0,
      failed: 0,
      totalMs: 3,
      budgetMs: 2000,
    } as const;
    store.getState().setReport('two-sum', { ...report, tests: [] });
    store.getState().setRunning(null);
    expect(store.getState().runningSlug).toBeNull();
    expect(store.getState().reports['two-sum']?.totalMs).toBe(3);
    expect(store.getState().reports['valid-parentheses']).toBeUndefined();
  });
});
