import type { Difficulty, ProblemSummary } from '../problem/problem.schema';

/** A ready-made assessment: how long, and which difficulties to draw (one problem each). */
export interface AssessmentPreset {
  id: string;
  label: string;
  durationMinutes: number;
  difficulties: readonly Difficulty[];
}

/** The ready-made shapes of a typical online assessment. */
export const PRESETS: readonly AssessmentPreset[] = [
  {
    id: '60-easy-medium',
    label: '60 minutes, 2 problems, easy + medium',
    durationMinutes: 60,
    difficulties: ['easy', 'medium'],
  },
  {
    id: '90-medium',
    label: '90 minutes, 3 problems, medium',
    durationMinutes: 90,
    difficulties: ['medium', 'medium', 'medium'],
  },
];

/** `presetId` of an assessment whose problems were picked by hand. */
export const CUSTOM_PRESET_ID = 'custom';

export type Draw =
  | { ok: true; slugs: string[]; reusedSolved: string[]; notice: string | null }
  | { ok: false; reason: string };

/**
 * Draws one problem per difficulty of the preset, at random among the unsolved ones; when a
 * difficulty has run out of unsolved problems it falls back to solved ones and says so.
 * `random` returns [0, 1) (Math.random in the app, a seeded one in tests).
 */
export function drawProblems(
  preset: AssessmentPreset,
  summaries: readonly ProblemSummary[],
  solvedSlugs: ReadonlySet<string> | readonly string[],
  random: () => number,
): Draw {
  const solved = new Set(solvedSlugs);
  const slugs: string[] = [];
  const reusedSolved: string[] = [];
  for (const difficulty of preset.difficulties) {
    const open = summaries.filter((s) => s.difficulty === difficulty && !slugs.includes(s.slug));
    const unsolved = open.filter((s) => !solved.has(s.slug));
    const pool = unsolved.length > 0 ? unsolved : open;
    const pick = pool[Math.min(pool.length - 1, Math.floor(random() * pool.length))];
    if (!pick) {
      const have = summaries.filter((s) => s.difficulty === difficulty).length;
      const want = preset.difficulties.filter((d) => d === difficulty).length;
      return {
        ok: false,
        reason: `This preset needs ${want} ${difficulty} problem${want === 1 ? '' : 's'}; the bank has ${have}.`,
      };
    }
    slugs.push(pick.slug);
    if (unsolved.length === 0) reusedSolved.push(pick.slug);
  }
  const n = reusedSolved.length;
  const notice =
    n === 0
      ? null
      : `Not enough unsolved problems left, so this draw includes ${n === 1 ? 'a problem' : `${n} problems`} you have already solved: ${reusedSolved.join(', ')}.`;
  return { ok: true, slugs, reusedSolved, notice };
}

/**
 * Checks a hand-picked set (2–4 distinct problems from the bank) and suggests a duration: the sum
 * of the problems' own time limits.
 */
export function customPick(
  slugs: readonly string[],
  summaries: readonly ProblemSummary[],
): { ok: true; slugs: string[]; durationMinutes: number } | { ok: false; reason: string } {
  if (slugs.length < 2 || slugs.length > 4)
    return { ok: false, reason: `Pick 2–4 problems (you picked ${slugs.length}).` };
  if (new Set(slugs).size !== slugs.length)
    return { ok: false, reason: 'A problem was picked twice.' };
  const picked = slugs.map((slug) => summaries.find((s) => s.slug === slug));
  const missing = slugs.filter((_, i) => !picked[i]);
  if (missing.length > 0) return { ok: false, reason: `Not in the bank: ${missing.join(', ')}.` };
  const durationMinutes = picked.reduce((sum, s) => sum + (s?.timeLimitMinutes ?? 0), 0);
  return { ok: true, slugs: [...slugs], durationMinutes };
}
