import { describe, expect, it } from 'vitest';
import type { Difficulty, ProblemSummary } from '../problem/problem.schema';
import { customPick, drawProblems, PRESETS, type AssessmentPreset } from './presets';

const summary = (slug: string, difficulty: Difficulty, timeLimitMinutes = 20): ProblemSummary => ({
  slug,
  title: slug,
  difficulty,
  tags: ['arrays-hashing'],
  timeLimitMinutes,
});
const bank = [
  summary('e1', 'easy'),
  summary('e2', 'easy'),
  summary('m1', 'medium'),
  summary('m2', 'medium'),
  summary('m3', 'medium'),
  summary('m4', 'medium'),
  summary('h1', 'hard'),
];
/** A scripted random source: returns the given values in turn. */
const seq = (...values: number[]) => {
  let i = 0;
  return () => values[i++ % values.length] as number;
};
const [sixty, ninety] = PRESETS as [AssessmentPreset, AssessmentPreset];

describe('assessment presets', () => {
  it('offers the two standard shapes', () => {
    expect(sixty).toMatchObject({
      label: '60 minutes, 2 problems, easy + medium',
      durationMinutes: 60,
      difficulties: ['easy', 'medium'],
    });
    expect(ninety).toMatchObject({
      label: '90 minutes, 3 problems, medium',
      durationMinutes: 90,
      difficulties: ['medium', 'medium', 'medium'],
    });
  });

  it('draws unsolved problems of the right difficulty, deterministically from the random source', () => {
    expect(drawProblems(sixty, bank, [], seq(0, 0))).toEqual({
      ok: true,
      slugs: ['e1', 'm1'],
      reusedSolved: [],
      notice: null,
    });
    expect(drawProblems(sixty, bank, [], seq(0.99, 0.6))).toMatchObject({ slugs: ['e2', 'm3'] });
    expect(drawProblems(sixty, bank, ['e1', 'm1', 'm2'], seq(0, 0))).toMatchObject({
      slugs: ['e2', 'm3'],
    });
    const three = drawProblems(ninety, bank, [], seq(0.5));
    expect(three).toMatchObject({ ok: true, slugs: ['m3', 'm2', 'm4'] });
    const again = drawProblems(ninety, bank, [], seq(0.5));
    expect(again).toEqual(three);
  });

  it('never draws the same problem twice, even with a stuck random source', () => {
    const draw = drawProblems(ninety, bank, [], () => 0);
    expect(draw).toMatchObject({ ok: true, slugs: ['m1', 'm2', 'm3'] });
    expect(drawProblems(ninety, bank, [], () => 1)).toMatchObject({
      ok: true,
      slugs: ['m4', 'm3', 'm2'],
    });
  });

  it('falls back to solved problems when unsolved ones run out, and says so', () => {
    const draw = drawProblems(ninety, bank, ['m1', 'm2', 'm3'], () => 0);
    expect(draw).toMatchObject({ ok: true, slugs: ['m4', 'm1', 'm2'], reusedSolved: ['m1', 'm2'] });
    expect(draw.ok && draw.notice).toBe(
      'Not enough unsolved problems left, so this draw includes 2 problems you have already solved: m1, m2.',
    );
    const one = drawProblems(sixty, bank, new Set(['e1', 'e2']), () => 0);
    expect(one).toMatchObject({ slugs: ['e1', 'm1'], reusedSolved: ['e1'] });
    expect(one.ok && one.notice).toMatch(/includes a problem you have already solved: e1\./);
  });

  it('fails with a reason when the bank is too small for the preset', () => {
    const small = bank.filter((s) => s.slug !== 'm3' && s.slug !== 'm4');
    expect(drawProblems(ninety, small, [], () => 0)).toEqual({
      ok: false,
      reason: 'This preset needs 3 medium problems; the bank has 2.',
    });
    expect(drawProblems(sixty, [summary('m1', 'medium')], [], () => 0)).toEqual({
      ok: false,
      reason: 'This preset needs 1 easy problem; the bank has 0.',
    });
  });

  it('checks a custom pick and suggests the sum of the time limits', () => {
    const withLimits = [
      summary('a', 'easy', 15),
      summary('b', 'hard', 45),
      summary('c', 'medium', 30),
    ];
    expect(customPick(['a', 'b'], withLimits)).toEqual({
      ok: true,
      slugs: ['a', 'b'],
      durationMinutes: 60,
    });
    expect(customPick(['a'], withLimits)).toEqual({
      ok: false,
      reason: 'Pick 2–4 problems (you picked 1).',
    });
    expect(customPick(['a', 'b', 'c', 'a', 'b'], withLimits)).toMatchObject({ ok: false });
    expect(customPick(['a', 'a'], withLimits)).toEqual({
      ok: false,
      reason: 'A problem was picked twice.',
    });
    expect(customPick(['a', 'zz'], withLimits)).toEqual({
      ok: false,
      reason: 'Not in the bank: zz.',
    });
  });
});
