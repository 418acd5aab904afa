/** One hint given during a round: which one, and when (round time, ms). Same shape as Round.hintsUsed. */
export interface HintUse {
  index: number;
  atMs: number;
}

export interface LadderStep {
  index: number;
  text: string;
  /** Round time when it was given, or null while it is still the interviewer's. */
  givenAtMs: number | null;
  /** Hints are progressive: only the next one up the ladder can be given. */
  canGive: boolean;
}

/** A hint that cannot be given (unknown, or skipping a rung of the ladder). */
export class HintLadderError extends Error {
  override name = 'HintLadderError';
}

/** The index of the next hint to give, or null when all have been given. */
export function nextHint(hints: readonly string[], used: readonly HintUse[]): number | null {
  const index = hints.findIndex((_, i) => !used.some((u) => u.index === i));
  return index === -1 ? null : index;
}

/** The interviewer's view of the ladder: every hint, whether and when it was given, which is next. */
export function hintLadder(hints: readonly string[], used: readonly HintUse[]): LadderStep[] {
  const next = nextHint(hints, used);
  return hints.map((text, index) => ({
    index,
    text,
    givenAtMs: used.find((u) => u.index === index)?.atMs ?? null,
    canGive: index === next,
  }));
}

/**
 * Gives hint `index` at round time `atMs`. Giving one already given changes nothing (a double
 * click); skipping ahead or an unknown hint throws, because later hints assume the earlier ones.
 */
export function giveHint(
  hints: readonly string[],
  used: readonly HintUse[],
  index: number,
  atMs: number,
): HintUse[] {
  if (!Number.isInteger(index) || index < 0 || index >= hints.length) {
    throw new HintLadderError(`There is no hint ${index + 1} (this problem has ${hints.length}).`);
  }
  if (used.some((u) => u.index === index)) return [...used];
  if (index !== nextHint(hints, used)) {
    throw new HintLadderError(
      `Give hint ${(nextHint(hints, used) ?? 0) + 1} before hint ${index + 1}.`,
    );
  }
  return [...used, { index, atMs }];
}

/** The hints the candidate has been given, in the order they were given, with their text. */
export function givenHints(
  hints: readonly string[],
  used: readonly HintUse[],
): (HintUse & { text: string })[] {
  return used
    .filter((u) => u.index >= 0 && u.index < hints.length)
    .map((u) => ({ ...u, text: hints[u.index] as string }));
}
