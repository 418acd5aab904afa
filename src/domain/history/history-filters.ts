import type { ProblemSummary } from '../problem/problem.schema';
import type { RoundMode } from '../round/round.schema';
import { newestFirst, roundTime, type Outcome } from './round-facts';
import type { RoundSummary } from './round-summary';

/** Finds a problem's summary by slug; undefined when the problem left the bank. */
export type SummaryLookup = (slug: string) => ProblemSummary | undefined;

/** A lookup over a list of summaries (the problem bank). */
export function summaryLookup(summaries: readonly ProblemSummary[]): SummaryLookup {
  const bySlug = new Map(summaries.map((s) => [s.slug, s]));
  return (slug) => bySlug.get(slug);
}

/** What History can filter on; every field left out matches everything. */
export interface HistoryFilter {
  slug?: string;
  /** A pattern tag ("sliding-window"): rounds on problems carrying it. */
  tag?: string;
  mode?: RoundMode;
  /** Epoch ms, inclusive: rounds that started at or after it. */
  from?: number;
  /** Epoch ms, exclusive: rounds that started before it (pass the start of the day after). */
  to?: number;
  outcome?: Outcome;
}

/**
 * The rounds matching every given filter, newest first. A tag filter needs the summaries:
 * rounds on problems no longer in the bank have no tags and never match it.
 */
export function filterHistory(
  rounds: readonly RoundSummary[],
  filter: HistoryFilter,
  summaryOf?: SummaryLookup,
): RoundSummary[] {
  const { slug, tag, mode, from, to, outcome } = filter;
  return rounds
    .filter((round) => {
      if (slug !== undefined && round.problemSlug !== slug) return false;
      if (mode !== undefined && round.mode !== mode) return false;
      const at = roundTime(round);
      if (from !== undefined && at < from) return false;
      if (to !== undefined && at >= to) return false;
      if (outcome !== undefined && round.outcome !== outcome) return false;
      if (tag !== undefined && !summaryOf?.(round.problemSlug)?.tags.includes(tag)) return false;
      return true;
    })
    .sort(newestFirst);
}
