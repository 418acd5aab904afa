import type { Phase } from '../round/round.schema';
import type { InterviewerData } from './pair-state.schema';

/** A complexity class or a named cost: "O(n)", "O(1) extra space", "Θ(n log n)". */
const COMPLEXITY = /\b[OΘΩ]\s*\(/;

/** The estimate gate opens with the reveal: both estimates are given by then. */
const GATE_OPEN: readonly Phase[] = ['reveal', 'recap', 'saved'];

export const HIDDEN_LINE =
  'Hidden until both estimates are given: it names the expected complexity.';
export const HIDDEN_HINT =
  'Hidden until you give it or both estimates are given: it names the expected complexity.';

export function mentionsComplexity(text: string): boolean {
  return COMPLEXITY.test(text);
}

/**
 * The interviewer's material as shown on the one screen both people look at (pair practice with
 * the panel): until the reveal, every line naming a complexity (rubric notes, follow-ups,
 * clarifications, hints not given yet) is replaced by a placeholder, so the estimate gate holds
 * for the candidate too. Counts and positions stay (hint indexes are what "give hint" uses).
 */
export function gateForSharedScreen(
  data: InterviewerData,
  phase: Phase,
  hintsGiven: readonly number[],
): InterviewerData {
  if (GATE_OPEN.includes(phase)) return data;
  const line = (text: string) => (mentionsComplexity(text) ? HIDDEN_LINE : text);
  return {
    ...data,
    hints: data.hints.map((hint, i) =>
      hintsGiven.includes(i) || !mentionsComplexity(hint) ? hint : HIDDEN_HINT,
    ),
    clarifications: data.clarifications.map(({ q, a }) =>
      mentionsComplexity(q) || mentionsComplexity(a) ? { q: line(q), a: HIDDEN_LINE } : { q, a },
    ),
    followUps: data.followUps.map(line),
    rubricGuide: data.rubricGuide.map(line),
  };
}
