/** How each point of the 1–5 feeling scale is named. */
export const FEELINGS: readonly { value: number; label: string }[] = [
  { value: 1, label: 'Rough' },
  { value: 2, label: 'Shaky' },
  { value: 3, label: 'Okay' },
  { value: 4, label: 'Good' },
  { value: 5, label: 'Great' },
];

/**
 * A gentle suggestion for after the round, matched to how it felt: rest and perspective after a
 * hard one, consolidation after a mixed one, a next step after a good one.
 */
export function softLanding(feeling: number): string {
  if (feeling <= 2) {
    return 'That sounded hard, and hard rounds are part of practising. Step away for ten minutes: a walk, some water, anything else. One round says little about you. Next time, warm up with an easier problem of the same pattern first.';
  }
  if (feeling === 3) {
    return 'A mixed round is a normal round. Take a short break, then read the reference solution once more and write down the one idea you would reuse.';
  }
  return 'Nice work. Enjoy it, take a break, and next time try a slightly harder problem or the timed mode.';
}
