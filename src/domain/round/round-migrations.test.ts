import { describe, expect, it } from 'vitest';
import { createRound } from './round-machine';
import { migrateRound, OLDEST_ROUND_VERSION, ROUND_MIGRATIONS } from './round-migrations';
import { ROUND_VERSION, type Round } from './round.schema';

const T0 = 1_700_000_000_000;
const current = (): Round => ({
  ...createRound(
    {
      id: 'r1',
      problemSlug: 'two-sum',
      mode: 'timed',
      durationMs: 1_200_000,
      language: 'js',
      code: 'x',
    },
    T0,
  ),
  phase: 'saved',
  savedAt: T0 + 600_000,
});

/** A version-0 record: no promptsShown, no abandonedAt (see round-migrations.ts). */
function versionZero(): Record<string, unknown> {
  const { promptsShown: _p, abandonedAt: _a, ...rest } = current();
  return { ...rest, version: 0 };
}

describe('migrateRound', () => {
  it('reads a current record unchanged', () => {
    const round = current();
    expect(migrateRound(round)).toEqual({ ok: true, round });
  });

  it('upgrades a version-0 record: no prompts shown, not abandoned', () => {
    const result = migrateRound(versionZero());
    expect(result).toEqual({
      ok: true,
      round: { ...current(), promptsShown: [], abandonedAt: null },
    });
  });

  it('upgrades a version-1 reveal: its verdict against the reference becomes the older verdict', () => {
    const revealed: Round = {
      ...current(),
      estimate: { time: 'O(n^2)', space: 'O(1)', reason: '' },
      reveal: { passed: 3, failed: 0, status: 'done', selfScore: 'correct' },
    };
    const v1 = {
      ...revealed,
      version: 1,
      reveal: { ...revealed.reveal, timeVerdict: 'wrong', spaceVerdict: 'off-by-one' },
    };
    expect(migrateRound(v1)).toEqual({
      ok: true,
      round: {
        ...revealed,
        reveal: { ...revealed.reveal, olderVerdict: { time: 'wrong', space: 'off-by-one' } },
      },
    });
    // A version-1 round never revealed has nothing to move.
    expect(migrateRound({ ...current(), version: 1 })).toEqual({ ok: true, round: current() });
    // A broken older verdict is named, not dropped.
    const bad = { ...v1, reveal: { ...v1.reveal, timeVerdict: 'great' } };
    expect(migrateRound(bad)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(
        /^reveal\.olderVerdict\.time: .*after upgrading from version 1/,
      ),
    });
  });

  it('does not mutate the record it reads', () => {
    const old = versionZero();
    const copy = structuredClone(old);
    migrateRound(old);
    expect(old).toEqual(copy);
  });

  it('has one step for every version from the oldest to the current one', () => {
    for (let v = OLDEST_ROUND_VERSION; v < ROUND_VERSION; v++)
      expect(ROUND_MIGRATIONS[v], `step ${v}`).toBeTypeOf('function');
    expect(ROUND_MIGRATIONS[ROUND_VERSION]).toBeUndefined();
  });

  it.each([
    [null, '(root): expected a round object, got null'],
    [[1], '(root): expected a round object, got an array'],
    ['round', '(root): expected a round object, got string'],
  ])('rejects %j that is not an object', (raw, reason) => {
    expect(migrateRound(raw)).toEqual({ ok: false, reason });
  });

  it('names a missing or malformed version', () => {
    const { version: _v, ...noVersion } = current();
    expect(migrateRound(noVersion)).toEqual({ ok: false, reason: 'version: missing' });
    expect(migrateRound({ ...current(), version: '1' })).toEqual({
      ok: false,
      reason: 'version: expected a whole number, got "1"',
    });
    expect(migrateRound({ ...current(), version: 0.5 })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('whole number'),
    });
  });

  it('refuses a record from a newer MockRound or an unknown older one', () => {
    const newer = migrateRound({ ...current(), version: ROUND_VERSION + 1 });
    expect(newer).toEqual({
      ok: false,
      reason: `version: ${ROUND_VERSION + 1} was written by a newer MockRound (this one reads up to ${ROUND_VERSION})`,
    });
    expect(migrateRound({ ...current(), version: -1 })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^version: -1 is older/),
    });
  });

  it('names the bad field of a current record', () => {
    const bad = { ...current(), notes: [{ id: 'n', atMs: -5, phase: 'code', text: 'hi' }] };
    expect(migrateRound(bad)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^notes\.0\.atMs: /),
    });
  });

  it('names the bad field of an old record and says it was upgraded', () => {
    const result = migrateRound({ ...versionZero(), mode: 'relaxed' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toMatch(/^mode: /);
      expect(result.reason).toContain('after upgrading from version 0');
    }
  });
});
