import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseExportBundle } from '../src/domain/history/export-bundle';
import { roundOutcome } from '../src/domain/history/round-facts';
import { roundSchema } from '../src/domain/round/round.schema';
import { readSeedProblems, seedRounds, writeSeedBundle } from './seed-rounds';

const problems = readSeedProblems('problems');
const END = Date.UTC(2026, 0, 1);
const options = { count: 1000, seed: 7, end: END };
const rounds = seedRounds(problems, options);
const tmp = mkdtempSync(join(tmpdir(), 'seed-rounds-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('seedRounds', () => {
  it('makes the requested number of schema-valid rounds with unique ids, oldest first, in the year before the end', () => {
    expect(rounds).toHaveLength(1000);
    expect(new Set(rounds.map((r) => r.id)).size).toBe(1000);
    for (const round of rounds) expect(roundSchema.safeParse(round).success, round.id).toBe(true);
    const starts = rounds.map((r) => r.startedAt);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(Math.min(...starts)).toBeGreaterThanOrEqual(END - 365 * 86_400_000);
    expect(Math.max(...starts)).toBeLessThan(END);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(seedRounds(problems, options)).toEqual(rounds);
    expect(seedRounds(problems, { ...options, seed: 8 })).not.toEqual(rounds);
  });

  it('covers every outcome, both modes, many problems, and improves over the year', () => {
    const outcomes = new Set(rounds.map(roundOutcome));
    expect([...outcomes].sort()).toEqual(['abandoned', 'failed', 'partial', 'passed']);
    expect(new Set(rounds.map((r) => r.mode)).size).toBe(2);
    expect(new Set(rounds.map((r) => r.problemSlug)).size).toBeGreaterThan(problems.length / 2);
    const passRate = (list: typeof rounds) =>
      list.filter((r) => roundOutcome(r) === 'passed').length / list.length;
    expect(passRate(rounds.slice(-300))).toBeGreaterThan(passRate(rounds.slice(0, 300)) + 0.1);
  });

  it('returns no rounds for a count of 0 and refuses an empty bank', () => {
    expect(seedRounds(problems, { ...options, count: 0 })).toEqual([]);
    expect(() => seedRounds([], options)).toThrow(/at least one problem/);
  });
});

describe('writeSeedBundle', () => {
  it('writes an export file that imports back to the same rounds', () => {
    const out = join(tmp, 'rounds.json');
    expect(writeSeedBundle(out, 'problems', { ...options, count: 50 })).toBe(50);
    const parsed = parseExportBundle(readFileSync(out, 'utf8'), 'rounds.json');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.bundle.exportedAt).toBe('2026-01-01T00:00:00.000Z');
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect([...parsed.bundle.rounds].sort(byId)).toEqual(
      seedRounds(problems, { ...options, count: 50 }),
    );
  });
});
