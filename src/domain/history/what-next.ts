import type { Difficulty, ProblemSummary } from '../problem/problem.schema';
import { summaryLookup } from './history-filters';
import { patternStrength } from './progress-stats';
import { roundTime } from './round-facts';
import type { RoundSummary } from './round-summary';

const DAY = 86_400_000;
/** Days after a miss at which to try again; each pass on time moves to the next gap. */
export const REVISIT_DAYS: readonly number[] = [1, 3, 7, 14];

export interface Suggestion {
  slug: string;
  kind: 'revisit' | 'weak-pattern' | 'unsolved' | 'least-recent';
  /** One sentence for the user, naming the problem and why. */
  reason: string;
}

export interface WhatNextOptions {
  /** Picks among equally good candidates (a seeded PRNG in tests); without it the first is taken. */
  random?: () => number;
  /** A pattern is weak below this pass rate (default 0.6)… */
  weakBelow?: number;
  /** …once it has at least this many rounds (default 2). */
  minRounds?: number;
}

interface Status {
  tried: boolean;
  lastAt: number;
  /** Time of the latest miss (failed or partial). */
  missedAt: number;
  /** Index into REVISIT_DAYS of the next revisit after that miss; null when none is pending. */
  step: number | null;
}

const DIFFICULTY: Record<Difficulty, number> = { easy: 0, medium: 1, hard: 2 };

function dueAt(s: Status): number | null {
  return s.step === null ? null : s.missedAt + (REVISIT_DAYS[s.step] ?? 0) * DAY;
}

/** Per problem: tried or not, last attempt, and the revisit schedule after its latest miss. */
function statusBySlug(rounds: readonly RoundSummary[]): Map<string, Status> {
  const map = new Map<string, Status>();
  const attempts = rounds
    .filter((r) => r.outcome !== 'abandoned')
    .sort((a, b) => roundTime(a) - roundTime(b));
  for (const round of attempts) {
    const at = roundTime(round);
    const s = map.get(round.problemSlug) ?? { tried: true, lastAt: at, missedAt: at, step: null };
    s.lastAt = at;
    if (round.outcome !== 'passed') {
      s.missedAt = at;
      s.step = 0;
    } else if (s.step !== null && at >= (dueAt(s) ?? Infinity)) {
      // A pass on or after the due day earns the next, longer gap; an early pass does not.
      s.step = s.step + 1 < REVISIT_DAYS.length ? s.step + 1 : null;
    }
    map.set(round.problemSlug, s);
  }
  return map;
}

const title = (p: ProblemSummary) => `"${p.title}"`;
function daysAgo(now: number, at: number): string {
  const days = Math.floor((now - at) / DAY);
  return days <= 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`;
}

/** Never-tried candidates of the easiest difficulty present, in slug order. */
function easiest(candidates: ProblemSummary[]): ProblemSummary[] {
  const level = Math.min(...candidates.map((p) => DIFFICULTY[p.difficulty]));
  return candidates
    .filter((p) => DIFFICULTY[p.difficulty] === level)
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

/**
 * The problem to practise next, in this order: a missed one whose spaced revisit is due (the
 * most overdue); a problem new to you from the weakest pattern (easiest first); any problem not
 * tried yet; the one practised longest ago among those with no revisit pending; else the next
 * revisit, early. Deterministic for the same rounds, `now` and random. Null for an empty bank.
 */
export function suggestNext(
  rounds: readonly RoundSummary[],
  bank: readonly ProblemSummary[],
  now: number,
  options: WhatNextOptions = {},
): Suggestion | null {
  const { random, weakBelow = 0.6, minRounds = 2 } = options;
  const pick = <T>(list: T[]): T | undefined =>
    list[random ? Math.min(list.length - 1, Math.floor(random() * list.length)) : 0];
  const status = statusBySlug(rounds);
  const inBank = [...bank].sort((a, b) => a.slug.localeCompare(b.slug));

  const pending = inBank
    .flatMap((p) => {
      const s = status.get(p.slug);
      const at = s ? dueAt(s) : null;
      return s && at !== null ? [{ p, s, at }] : [];
    })
    .sort((a, b) => a.at - b.at);
  const due = pending[0];
  if (due && due.at <= now) {
    const gap = Math.round((due.at - due.s.missedAt) / DAY);
    const reason = `Revisit ${title(due.p)}: you did not pass it ${daysAgo(now, due.s.missedAt)}, and its ${gap}-day revisit is due.`;
    return { slug: due.p.slug, kind: 'revisit', reason };
  }

  const fresh = inBank.filter((p) => !status.get(p.slug)?.tried);
  for (const weak of patternStrength(rounds, summaryLookup(bank))) {
    if (weak.rounds < minRounds || weak.passRate >= weakBelow) continue;
    const choice = pick(easiest(fresh.filter((p) => p.tags.includes(weak.tag))));
    if (!choice) continue;
    const reason = `${weak.tag} is your weakest pattern (${weak.passed} of ${weak.rounds} passed); ${title(choice)} practises it and is new to you.`;
    return { slug: choice.slug, kind: 'weak-pattern', reason };
  }

  const untried = fresh.length ? pick(easiest(fresh)) : undefined;
  if (untried)
    return {
      slug: untried.slug,
      kind: 'unsolved',
      reason: `You have not tried ${title(untried)} yet.`,
    };

  const oldest = inBank
    .filter((p) => status.get(p.slug)?.step === null)
    .sort((a, b) => (status.get(a.slug)?.lastAt ?? 0) - (status.get(b.slug)?.lastAt ?? 0))[0];
  if (oldest) {
    const when = daysAgo(now, status.get(oldest.slug)?.lastAt ?? now);
    return {
      slug: oldest.slug,
      kind: 'least-recent',
      reason: `Nothing is due; you last practised ${title(oldest)} ${when}, longer ago than any other.`,
    };
  }
  if (!due) return null;
  const days = Math.ceil((due.at - now) / DAY);
  return {
    slug: due.p.slug,
    kind: 'revisit',
    reason: `No revisit is due yet; ${title(due.p)} comes first, in ${days} day${days === 1 ? '' : 's'}.`,
  };
}
