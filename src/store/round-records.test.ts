import { describe, expect, it } from 'vitest';
import { DAY, makeRound, MON_2024_01_01 } from '../domain/history/round.fixture';
import { summarizeRound } from '../domain/history/round-summary';
import { memoryKv } from './memory-kv.fixture';
import { createRoundRecords } from './round-records';

const older = makeRound({ id: 'a', at: MON_2024_01_01, passed: 0, failed: 2 });
const newer = makeRound({ id: 'b', at: MON_2024_01_01 + DAY, measured: 'n^3' });

describe('round summaries', () => {
  it('saving a round writes its record and its summary together', async () => {
    const mem = memoryKv();
    await createRoundRecords(mem.kv).save(older);
    expect(mem.writes.map(([key]) => key)).toEqual(['round:a', 'summary:a']);
    expect(mem.data.get('summary:a')).toEqual(summarizeRound(older));
    expect(summarizeRound(older)).toMatchObject({ outcome: 'failed', usedMs: 10 * 60_000 });
  });

  it('reads summaries newest first without rebuilding them', async () => {
    const mem = memoryKv();
    const records = createRoundRecords(mem.kv);
    await records.saveMany([older, newer]);
    mem.writes.length = 0;
    const { summaries, problems } = await records.summaries();
    expect(summaries).toEqual([summarizeRound(newer), summarizeRound(older)]);
    expect(problems).toEqual([]);
    expect(mem.writes).toEqual([]);
  });

  it('rebuilds missing, invalid and outdated summaries from their records and stores them', async () => {
    const mem = memoryKv({
      // saved before summaries existed
      'round:a': older,
      'round:b': newer,
      'summary:b': { ...summarizeRound(newer), v: 0, outcome: 'passed' },
      'round:c': makeRound({ id: 'c', at: MON_2024_01_01 + 2 * DAY }),
      'summary:c': { ...summarizeRound(makeRound({ id: 'c' })), usedMs: -1 },
    });
    const { summaries } = await createRoundRecords(mem.kv).summaries();
    expect(summaries.map((s) => [s.id, s.outcome])).toEqual([
      ['c', 'passed'],
      ['b', 'passed'],
      ['a', 'failed'],
    ]);
    expect(summaries[1]).toEqual(summarizeRound(newer));
    expect(mem.writes.map(([key]) => key).sort()).toEqual(['summary:a', 'summary:b', 'summary:c']);
    mem.writes.length = 0;
    await createRoundRecords(mem.kv).summaries();
    expect(mem.writes).toEqual([]);
  });

  it('reports an unreadable record, leaves it in place and still lists the others', async () => {
    const mem = memoryKv({ 'round:broken': { version: 1, id: 'broken' } });
    const records = createRoundRecords(mem.kv);
    await records.save(older);
    const { summaries, problems } = await records.summaries();
    expect(summaries.map((s) => s.id)).toEqual(['a']);
    expect(problems).toEqual([
      expect.stringMatching(/^Saved round "round:broken" could not be read \(problemSlug: /),
    ]);
    expect(mem.data.has('round:broken')).toBe(true);
  });

  it('still answers when the rebuilt summaries cannot be written', async () => {
    const mem = memoryKv({ 'round:a': older });
    mem.control.failWrites = true;
    const { summaries } = await createRoundRecords(mem.kv).summaries();
    expect(summaries).toEqual([summarizeRound(older)]);
  });
});

describe('one round record', () => {
  it('is read by id, upgraded from an older version, or undefined when missing', async () => {
    const { version: _, promptsShown: __, abandonedAt: ___, ...v0 } = older;
    const mem = memoryKv({ 'round:a': { ...v0, version: 0 } });
    const records = createRoundRecords(mem.kv);
    expect(await records.get('a')).toEqual(older);
    expect(await records.get('zzz')).toBeUndefined();
  });

  it('throws the reason when the record cannot be read', async () => {
    const records = createRoundRecords(memoryKv({ 'round:x': { version: 9 } }).kv);
    await expect(records.get('x')).rejects.toThrow(/written by a newer MockRound/);
  });

  it('refuses to save an invalid round, writing nothing', async () => {
    const mem = memoryKv();
    await expect(
      createRoundRecords(mem.kv).saveMany([older, { ...newer, mode: 'nope' as 'timed' }]),
    ).rejects.toThrow();
    expect(mem.writes).toEqual([]);
  });
});

describe('recent rounds', () => {
  it('reads only the newest records in full, says how many there are, and reports unreadable ones', async () => {
    const rounds = Array.from({ length: 5 }, (_, i) =>
      makeRound({ id: `r${i}`, at: MON_2024_01_01 + i * DAY }),
    );
    const mem = memoryKv({ 'round:broken': { version: 1, id: 'broken' } });
    const records = createRoundRecords(mem.kv);
    await records.saveMany(rounds);
    const { rounds: page, total, problems } = await records.recent(2);
    expect(page.map((r) => r.id)).toEqual(['r4', 'r3']);
    expect(page[0]).toEqual(rounds[4]);
    expect(total).toBe(5);
    expect(problems).toEqual([expect.stringContaining('"round:broken" could not be read')]);
  });
});
