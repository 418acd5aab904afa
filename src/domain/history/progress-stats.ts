import type { OwnVerdict } from '../verdict/verdict.schema';
import type { SummaryLookup } from './history-filters';
import { isoWeekOf, weeksBetween } from './iso-week';
import { roundTime } from './round-facts';
import type { RoundSummary } from './round-summary';

/** A share with what it is made of, so a chart can say "3 of 4". rate is null when total is 0. */
export interface Share {
  matched: number;
  total: number;
  rate: number | null;
}

export interface WeekStats {
  /** ISO week key, "2024-W01". */
  week: string;
  /** Epoch ms of the week's Monday 00:00. */
  start: number;
  rounds: number;
  abandoned: number;
  /** Rounds that passed every test. */
  passed: number;
  /** passed / rounds not abandoned (an abandoned round says nothing about the solution). */
  passRate: number | null;
  /** Big-O calibration: estimates right about the candidate's own code (question 1 only). */
  time: Share;
  space: Share;
}

const share = (matched: number, total: number): Share => ({
  matched,
  total,
  rate: total ? matched / total : null,
});

/**
 * Rounds, pass rate and estimate calibration per ISO week, oldest first; weeks without
 * rounds between the first and the last round are included (with zeros) so charts keep the time axis.
 */
export function weeklyProgress(rounds: readonly RoundSummary[], utcOffsetMinutes = 0): WeekStats[] {
  if (rounds.length === 0) return [];
  let first = Infinity;
  let last = -Infinity;
  for (const round of rounds) {
    first = Math.min(first, roundTime(round));
    last = Math.max(last, roundTime(round));
  }
  const weeks = weeksBetween(first, last, utcOffsetMinutes);
  const empty = () => ({
    rounds: 0,
    abandoned: 0,
    passed: 0,
    time: share(0, 0),
    space: share(0, 0),
  });
  const byKey = new Map(weeks.map((w) => [w.key, empty()]));
  const count = (s: Share, verdict: OwnVerdict) => {
    s.total += 1;
    if (verdict === 'right') s.matched += 1;
  };
  for (const round of rounds) {
    const tally = byKey.get(isoWeekOf(roundTime(round), utcOffsetMinutes).key)!;
    tally.rounds += 1;
    if (round.outcome === 'abandoned') tally.abandoned += 1;
    if (round.outcome === 'passed') tally.passed += 1;
    if (round.timeOwn) count(tally.time, round.timeOwn);
    if (round.spaceOwn) count(tally.space, round.spaceOwn);
  }
  return weeks.map(({ key, start }) => {
    const t = byKey.get(key)!;
    return {
      week: key,
      start,
      rounds: t.rounds,
      abandoned: t.abandoned,
      passed: t.passed,
      passRate: share(t.passed, t.rounds - t.abandoned).rate,
      time: share(t.time.matched, t.time.total),
      space: share(t.space.matched, t.space.total),
    };
  });
}

export interface TimeUse {
  id: string;
  problemSlug: string;
  startedAt: number;
  usedMs: number;
  limitMs: number;
  /** usedMs / limitMs, 0…1. */
  share: number;
}

/**
 * Time used against the limit for every round, oldest first. Assessment problems are left out:
 * they share one countdown, so none has a limit of its own.
 */
export function timeUsage(rounds: readonly RoundSummary[]): TimeUse[] {
  return rounds
    .filter((r) => r.assessmentId === undefined)
    .sort((a, b) => roundTime(a) - roundTime(b))
    .map((r) => ({
      id: r.id,
      problemSlug: r.problemSlug,
      startedAt: roundTime(r),
      usedMs: r.usedMs,
      limitMs: r.durationMs,
      share: r.usedMs / r.durationMs,
    }));
}

export interface PatternStrength {
  tag: string;
  /** Rounds on problems with this tag, abandoned ones left out. */
  rounds: number;
  passed: number;
  passRate: number;
}

/**
 * Pass rate and count per pattern tag, weakest first (lower rate, then more rounds, then name).
 * Rounds on problems that left the bank are skipped: their tags are unknown.
 */
export function patternStrength(
  rounds: readonly RoundSummary[],
  summaryOf: SummaryLookup,
): PatternStrength[] {
  const byTag = new Map<string, { rounds: number; passed: number }>();
  for (const round of rounds) {
    const { outcome } = round;
    if (outcome === 'abandoned') continue;
    for (const tag of summaryOf(round.problemSlug)?.tags ?? []) {
      const t = byTag.get(tag) ?? { rounds: 0, passed: 0 };
      t.rounds += 1;
      if (outcome === 'passed') t.passed += 1;
      byTag.set(tag, t);
    }
  }
  return [...byTag]
    .map(([tag, t]) => ({ tag, ...t, passRate: t.passed / t.rounds }))
    .sort((a, b) => a.passRate - b.passRate || b.rounds - a.rounds || a.tag.localeCompare(b.tag));
}
