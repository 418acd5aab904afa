import { COMPLEXITY_LABELS, parseComplexity } from '../problem/complexity';

/**
 * What a confusion needs of a round (its summary): the estimate and the measured class of the
 * candidate's own code, when the measurement decided "is your estimate right about your code?".
 */
export interface EstimatedRound {
  estimate: { time: string; space: string } | null;
  /** "O(n²)"; null when nothing conclusive was measured. */
  codeTime: string | null;
}

export interface Confusion {
  dimension: 'time';
  /** What the candidate wrote, normalised ("O(n)"). */
  said: string;
  /** What the candidate's code measured ("O(n²)"). */
  actual: string;
  count: number;
  /** "For time, you said O(n) when your code was O(n²)". */
  text: string;
}

/** "O(N^2)" and "n²" both become "O(n²)"; forms outside the known classes are kept as written. */
function label(text: string): string {
  const cls = parseComplexity(text);
  return cls ? COMPLEXITY_LABELS[cls] : text.trim().replace(/\s+/g, ' ');
}

/**
 * The most common wrong estimates about the candidate's own code, as (said, measured) pairs with
 * counts, most frequent first (ties by text, so the order is stable). Only time counts: space is
 * never measured (domain/verdict), so there is no "actual" to compare with.
 */
export function estimateConfusions(rounds: readonly EstimatedRound[], limit = 5): Confusion[] {
  const counts = new Map<string, Confusion>();
  for (const round of rounds) {
    if (!round.estimate || !round.codeTime) continue;
    const said = label(round.estimate.time);
    const actual = label(round.codeTime);
    if (said === '' || said === actual) continue;
    const key = `${said}\u0000${actual}`;
    const entry = counts.get(key) ?? {
      dimension: 'time' as const,
      said,
      actual,
      count: 0,
      text: `For time, you said ${said} when your code was ${actual}`,
    };
    entry.count += 1;
    counts.set(key, entry);
  }
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text))
    .slice(0, limit);
}
