import { COMPLEXITY_CLASSES, COMPLEXITY_LABELS } from '../problem/complexity';
import type { OwnVerdict } from '../verdict/verdict.schema';

/** What the accuracy needs of a round (its summary): the time verdict and the measured class. */
export interface JudgedRound {
  /** "Is your time estimate right about your own code?"; null when not judged ("close" is not right). */
  timeOwn: OwnVerdict | null;
  /** The measured class that decided timeOwn ("O(n²)"); null when the candidate scored it. */
  codeTime: string | null;
}

export interface ClassAccuracy {
  /** The measured class of the candidate's code ("O(n log n)"). */
  actual: string;
  right: number;
  total: number;
}

const ORDER = COMPLEXITY_CLASSES.map((cls) => COMPLEXITY_LABELS[cls]);
const rank = (label: string) => {
  const i = ORDER.indexOf(label);
  return i === -1 ? ORDER.length : i;
};

/**
 * How often the time estimate was right about the candidate's own code, per measured class of
 * that code (fastest class first). Only measured verdicts count: a self-scored one has no class.
 */
export function timeAccuracyByClass(rounds: readonly JudgedRound[]): ClassAccuracy[] {
  const byClass = new Map<string, ClassAccuracy>();
  for (const { timeOwn, codeTime } of rounds) {
    if (timeOwn === null || codeTime === null) continue;
    const entry = byClass.get(codeTime) ?? { actual: codeTime, right: 0, total: 0 };
    entry.total += 1;
    if (timeOwn === 'right') entry.right += 1;
    byClass.set(codeTime, entry);
  }
  return [...byClass.values()].sort(
    (a, b) => rank(a.actual) - rank(b.actual) || a.actual.localeCompare(b.actual),
  );
}
