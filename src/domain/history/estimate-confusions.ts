import { COMPLEXITY_LABELS, parseComplexity } from '../problem/complexity';
import type { Round } from '../round/round.schema';

/** The reference complexity of a problem (its front matter); undefined when it left the bank. */
export type ReferenceLookup = (slug: string) => { time: string; space: string } | undefined;

/** What a confusion needs of a round: a saved round or its summary. */
export interface EstimatedRound {
  problemSlug: Round['problemSlug'];
  estimate: { time: string; space: string } | null;
}

export interface Confusion {
  dimension: 'time' | 'space';
  /** What the candidate wrote, normalised ("O(n)"). */
  said: string;
  /** The reference ("O(n log n)"). */
  actual: string;
  count: number;
  /** "For time, you say O(n) when it is O(n log n)". */
  text: string;
}

/** "O(N^2)" and "n²" both become "O(n²)"; forms outside the known classes are kept as written. */
function label(text: string): string {
  const cls = parseComplexity(text);
  return cls ? COMPLEXITY_LABELS[cls] : text.trim().replace(/\s+/g, ' ');
}

/**
 * The most common wrong estimates, as (said, actual) pairs with counts, most frequent first
 * (ties by dimension and text, so the order is stable). Only rounds with an estimate whose
 * problem is still in the bank count.
 */
export function estimateConfusions(
  rounds: readonly EstimatedRound[],
  referenceOf: ReferenceLookup,
  limit = 5,
): Confusion[] {
  const counts = new Map<string, Confusion>();
  for (const round of rounds) {
    const reference = referenceOf(round.problemSlug);
    if (!round.estimate || !reference) continue;
    for (const dimension of ['time', 'space'] as const) {
      const said = label(round.estimate[dimension]);
      const actual = label(reference[dimension]);
      if (said === '' || said === actual) continue;
      const key = `${dimension}\u0000${said}\u0000${actual}`;
      const entry = counts.get(key) ?? {
        dimension,
        said,
        actual,
        count: 0,
        text: `For ${dimension}, you say ${said} when it is ${actual}`,
      };
      entry.count += 1;
      counts.set(key, entry);
    }
  }
  return [...counts.values()]
    .sort(
      (a, b) =>
        b.count - a.count || a.dimension.localeCompare(b.dimension) || a.text.localeCompare(b.text),
    )
    .slice(0, limit);
}
