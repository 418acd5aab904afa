import { afterEach, describe, expect, it } from 'vitest';
import { revealed, versionOne } from '../domain/assessment/assessment.fixture';
import type { NewAssessment } from '../domain/assessment/assessment-start';
import { createAppStore, STORAGE_KEY } from './app-store';
import { createAssessmentRecords } from './assessment-records';
import { memoryKv } from './memory-kv.fixture';

const MIN = 60_000;
const input: NewAssessment = {
  id: 'a1',
  presetId: 'custom',
  durationMs: 30 * MIN,
  problems: [
    { slug: 'two-sum', language: 'js', code: 'one' },
    { slug: 'valid-anagram', language: 'js', code: 'two' },
  ],
  options: { blockPaste: true },
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

describe('assessment slice', () => {
  it('starts one assessment at a time and moves it through the machine', async () => {
    const store = await hydratedStore();
    store.getState().startAssessment(input, 0);
    expect(() => store.getState().startAssessment({ ...input, id: 'a2' }, 1)).toThrow(
      /still active/,
    );
    expect(store.getState().dispatchAssessment({ type: 'paste-refused' }, 1000)).toBeNull();
    expect(store.getState().dispatchAssessment({ type: 'focus-lost' }, 2000)).toMatch(
      /not counted/,
    );
    expect(store.getState().activeAssessment?.pasteAttempts).toEqual([{ atMs: 1000, index: 0 }]);
  });

  it('restores the active assessment after a reload', async () => {
    const mem = memoryKv();
    const first = await hydratedStore(mem.kv);
    first.getState().startAssessment(input, 5_000);
    first
      .getState()
      .dispatchAssessment({ type: 'update-code', index: 1, code: 'kept', language: 'js' }, 6_000);
    await first.flushStorage();
    const second = await hydratedStore(mem.kv);
    const a = second.getState().activeAssessment;
    expect(a?.deadline).toBe(5_000 + 30 * MIN);
    expect(a?.problems[1]?.code).toBe('kept');
  });

  it('upgrades an active assessment saved in record version 1 (its verdicts become the older ones)', async () => {
    const v1 = JSON.stringify({
      state: {
        drafts: {},
        languages: {},
        activeRound: null,
        activeAssessment: versionOne(revealed()),
      },
      version: 2,
    });
    const store = await hydratedStore(memoryKv({ [STORAGE_KEY]: v1 }).kv);
    expect(store.getState().storageProblem).toBeNull();
    const active = store.getState().activeAssessment;
    expect(active).toMatchObject({ id: 'a1', version: 2, phase: 'reveal' });
    expect(active?.problems[0]?.olderVerdict).toEqual({ time: 'match', space: 'wrong' });
  });

  it('reads format-2 saved state from before assessments existed', async () => {
    const v2 = JSON.stringify({
      state: { drafts: { 'two-sum:js': 'kept' }, languages: {}, activeRound: null },
      version: 2,
    });
    const store = await hydratedStore(memoryKv({ [STORAGE_KEY]: v2 }).kv);
    expect(store.getState().drafts).toEqual({ 'two-sum:js': 'kept' });
    expect(store.getState().activeAssessment).toBeNull();
    expect(store.getState().storageProblem).toBeNull();
  });
});

describe('assessment records', () => {
  it('saves assessments newest first and reports unreadable ones without deleting them', async () => {
    const mem = memoryKv({ 'assessment:broken': { version: 1, id: 'broken' } });
    const records = createAssessmentRecords(mem.kv);
    const store = await hydratedStore();
    const a = store.getState().startAssessment(input, 0);
    await records.save({ ...a, savedAt: 100 });
    await records.save({ ...a, id: 'a2', savedAt: 200 });
    const { assessments, problems } = await records.list();
    expect(assessments.map((x) => x.id)).toEqual(['a2', 'a1']);
    expect(problems[0]).toMatch(
      /"assessment:broken" could not be read \(presetId: .*after upgrading from version 1\)/,
    );
    expect(mem.data.has('assessment:broken')).toBe(true);
  });

  it('reads a record saved in version 1, upgraded; a damaged one names its field', async () => {
    const old = { ...revealed(), phase: 'saved' as const, savedAt: 5 };
    const mem = memoryKv({
      'assessment:a1': versionOne(old),
      'assessment:a9': { ...versionOne(old), id: 'a9', durationMs: 'long' },
    });
    const records = createAssessmentRecords(mem.kv);
    expect(await records.get('a1')).toMatchObject({
      version: 2,
      problems: [{ olderVerdict: { time: 'match', space: 'wrong' } }, {}],
    });
    await expect(records.get('a9')).rejects.toThrow(
      /"assessment:a9" could not be read \(durationMs: /,
    );
    expect((await records.list()).assessments.map((a) => a.id)).toEqual(['a1']);
  });
});
