import { describe, expect, it } from 'vitest';
import { revealed, versionOne } from '../assessment/assessment.fixture';
import type { Assessment } from '../assessment/assessment.schema';
import type { Submission } from '../practice/submission.schema';
import type { Round } from '../round/round.schema';
import {
  createExportBundle,
  exportBundleSchema,
  mergeRounds,
  parseExportBundle,
  serializeExportBundle,
} from './export-bundle';
import { DAY, makeRound, MIN, MON_2024_01_01 as T0 } from './round.fixture';

const FILE = 'backup.json';
const saved: Assessment = { ...revealed(), phase: 'saved', savedAt: T0 };
const submission: Submission = {
  version: 1,
  id: 's1',
  slug: 'two-sum',
  language: 'js',
  code: 'code',
  verdict: { status: 'done', passed: 1, failed: 0 },
  atMs: T0,
};
const r1 = makeRound({ id: 'r1', at: T0 });
const r2 = makeRound({ id: 'r2', at: T0 + DAY, abandoned: true });
const text = (value: unknown) => JSON.stringify(value);
const bundle = (patch: Record<string, unknown> = {}) => ({
  ...createExportBundle([r1, r2], T0 + 2 * DAY),
  ...patch,
});
const errorOf = (t: string) => {
  const result = parseExportBundle(t, FILE);
  return result.ok ? 'no error' : result.error;
};

describe('export bundle', () => {
  it('round-trips rounds and drafts through the file text', () => {
    const made = createExportBundle([r1, r2], T0 + 2 * DAY, { 'two-sum:js': 'code' });
    expect(made).toMatchObject({
      format: 'mockround-export',
      version: 2,
      exportedAt: '2024-01-03T00:00:00.000Z',
      assessments: [],
      submissions: [],
    });
    expect(made.rounds.map((r) => r.id)).toEqual(['r2', 'r1']);
    expect(exportBundleSchema.safeParse(made).success).toBe(true);
    expect(parseExportBundle(serializeExportBundle(made), FILE)).toEqual({
      ok: true,
      bundle: made,
    });
  });

  it('reads an empty export, with no drafts key', () => {
    const empty = createExportBundle([], T0);
    expect('drafts' in empty).toBe(false);
    expect(parseExportBundle(text(empty), FILE)).toEqual({ ok: true, bundle: empty });
  });

  it('round-trips saved assessments and practice Submits (version 2)', () => {
    const made = createExportBundle([r1], T0, undefined, {
      assessments: [saved],
      submissions: [submission],
    });
    expect(parseExportBundle(serializeExportBundle(made), FILE)).toEqual({
      ok: true,
      bundle: made,
    });
  });

  it('upgrades the assessments of an export written before assessment records version 2', () => {
    const made = createExportBundle([r1], T0, undefined, { assessments: [saved] });
    const older = { ...made, assessments: [versionOne(saved)] };
    const read = parseExportBundle(text(older), FILE);
    expect(read.ok && read.bundle.assessments[0]).toMatchObject({
      id: 'a1',
      version: 2,
      problems: [{ olderVerdict: { time: 'match', space: 'wrong' }, reference: null }, {}],
    });
    const broken = { ...older, assessments: [{ ...versionOne(saved), durationMs: -1 }] };
    expect(errorOf(text(broken))).toMatch(
      /^backup\.json: assessments\.0 \(assessment #1, id "a1"\): durationMs: .*after upgrading from version 1/,
    );
  });

  it('still reads a version-1 export: its rounds and drafts, and no assessments nor Submits', () => {
    const {
      assessments: _a,
      submissions: _s,
      ...rest
    } = createExportBundle([r1, r2], T0, {
      'two-sum:js': 'code',
    });
    const v1 = { ...rest, version: 1 };
    expect(parseExportBundle(text(v1), FILE)).toEqual({
      ok: true,
      bundle: createExportBundle([r1, r2], T0, { 'two-sum:js': 'code' }),
    });
  });

  it('upgrades old round records on the way in', () => {
    const { promptsShown: _p, abandonedAt: _a, ...rest } = r1;
    const result = parseExportBundle(text(bundle({ rounds: [{ ...rest, version: 0 }] })), FILE);
    expect(result).toEqual({ ok: true, bundle: { ...bundle(), rounds: [r1] } });
  });

  it.each([
    ['bad JSON', '{"format":', /^backup\.json: \(root\): not valid JSON \(.+\)$/],
    ['not an object', '[1,2]', /^backup\.json: \(root\): expected an object, got an array$/],
    ['null', 'null', /^backup\.json: \(root\): expected an object, got null$/],
    [
      'another format',
      text(bundle({ format: 'other-app' })),
      /^backup\.json: format: expected "mockround-export", got "other-app"; this is not a MockRound export$/,
    ],
    [
      'no format',
      text({ rounds: [] }),
      /^backup\.json: format: expected "mockround-export", got nothing/,
    ],
    [
      'a version that is not a number',
      text(bundle({ version: 'one' })),
      /^backup\.json: version: expected a whole number, got "one"$/,
    ],
    [
      'a newer version',
      text(bundle({ version: 3 })),
      /^backup\.json: version: 3 comes from a newer MockRound \(this one reads up to 2\)/,
    ],
    [
      'an unknown old version',
      text(bundle({ version: 0 })),
      /^backup\.json: version: 0 is not a known export version$/,
    ],
    ['a bad date', text(bundle({ exportedAt: 'yesterday' })), /^backup\.json: exportedAt: /],
    ['rounds not a list', text(bundle({ rounds: {} })), /^backup\.json: rounds: .*array/],
    [
      'a bad draft',
      text(bundle({ drafts: { 'two-sum:js': 5 } })),
      /^backup\.json: drafts\.two-sum:js: .*string/,
    ],
    [
      'an invalid round',
      text(bundle({ rounds: [r1, { ...r2, mode: 'zen' }] })),
      /^backup\.json: rounds\.1 \(round #2, id "r2"\): mode: /,
    ],
    [
      'a round that is not an object',
      text(bundle({ rounds: [7] })),
      /^backup\.json: rounds\.0 \(round #1\): \(root\): expected a round object, got number$/,
    ],
    [
      'a version-2 file without its assessments',
      text(bundle({ assessments: undefined })),
      /^backup\.json: assessments: .*array/,
    ],
    [
      'an invalid assessment',
      text(bundle({ assessments: [{ ...saved, durationMs: -1 }] })),
      /^backup\.json: assessments\.0 \(assessment #1, id "a1"\): durationMs: /,
    ],
    [
      'an invalid practice Submit',
      text(bundle({ submissions: [{ ...submission, language: 'rb' }] })),
      /^backup\.json: submissions\.0 \(submission #1, id "s1"\): language: /,
    ],
    [
      'a round from a newer MockRound',
      text(bundle({ rounds: [{ ...r1, version: 9 }] })),
      /^backup\.json: rounds\.0 \(round #1, id "r1"\): version: 9 was written by a newer MockRound/,
    ],
  ])('names the file, field and reason for %s', (_what, input, expected) => {
    expect(errorOf(input)).toMatch(expected);
  });
});

describe('mergeRounds', () => {
  const later = (round: Round, ms: number): Round => ({
    ...round,
    savedAt: (round.savedAt ?? round.startedAt) + ms,
    code: 'changed',
  });

  it('merges into an empty history and from an empty import', () => {
    expect(mergeRounds([], [r1])).toEqual({
      rounds: [r1],
      changed: [r1],
      added: 1,
      updated: 0,
      unchanged: 0,
    });
    expect(mergeRounds([r1], [])).toEqual({
      rounds: [r1],
      changed: [],
      added: 0,
      updated: 0,
      unchanged: 0,
    });
  });

  it('adds new ids, keeps identical ones, newest first', () => {
    const merged = mergeRounds([r1], [r1, r2]);
    expect(merged).toEqual({ rounds: [r2, r1], changed: [r2], added: 1, updated: 0, unchanged: 1 });
  });

  it('importing the same file twice changes nothing the second time', () => {
    const once = mergeRounds([], [r1, r2]);
    expect(mergeRounds(once.rounds, [r1, r2])).toMatchObject({
      rounds: once.rounds,
      changed: [],
      added: 0,
      updated: 0,
      unchanged: 2,
    });
  });

  it('keeps the record that changed later, whichever side it is on', () => {
    const newer = later(r1, MIN);
    expect(mergeRounds([r1], [newer])).toEqual({
      rounds: [newer],
      changed: [newer],
      added: 0,
      updated: 1,
      unchanged: 0,
    });
    expect(mergeRounds([newer], [r1])).toEqual({
      rounds: [newer],
      changed: [],
      added: 0,
      updated: 0,
      unchanged: 1,
    });
  });

  it('counts abandonment as a change, and keeps what is there on a tie', () => {
    const abandonedLater = { ...r2, abandonedAt: (r2.abandonedAt ?? 0) + MIN };
    expect(mergeRounds([r2], [abandonedLater]).updated).toBe(1);
    const sameTime = { ...r1, code: 'other' };
    expect(mergeRounds([r1], [sameTime])).toMatchObject({ rounds: [r1], unchanged: 1 });
  });

  it('collapses duplicates inside the import to the latest one', () => {
    const newer = later(r1, MIN);
    expect(mergeRounds([], [r1, newer, r1])).toEqual({
      rounds: [newer],
      changed: [newer],
      added: 1,
      updated: 0,
      unchanged: 0,
    });
  });

  it('does not modify either list', () => {
    const existing = [r1];
    const incoming = [later(r1, MIN), r2];
    const copies = structuredClone([existing, incoming]);
    mergeRounds(existing, incoming);
    expect([existing, incoming]).toEqual(copies);
  });
});
