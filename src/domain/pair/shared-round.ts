import type { RoundEvent } from '../round/round-machine';
import type { Estimate, Phase, Round } from '../round/round.schema';
import { candidateStateFromRound } from './candidate-view';
import { giveHint, HintLadderError } from './hint-ladder';
import { PAIR_DOC_VERSION, type InterviewerShare, type SharedRound } from './pair-doc.schema';
import { sameRubric } from './pair-sync';
import type { CandidateState, PairTimer } from './pair-state.schema';

/** Phases in which the estimate is locked, so the interviewer may see it. */
const ESTIMATE_LOCKED: readonly Phase[] = ['reveal', 'recap', 'saved'];
/** Phases in which the interviewer's scores are kept in the round (as over the same-browser channel). */
const SCORED: readonly Phase[] = ['estimate', 'reveal', 'recap'];

/** The clock with every epoch moved by `deltaMs` (from one machine's clock to another's). */
export function shiftTimer(timer: PairTimer, deltaMs: number): PairTimer {
  const shift = (t: number | null) => (t === null ? null : t + deltaMs);
  return {
    durationMs: timer.durationMs,
    startedAt: timer.startedAt + deltaMs,
    deadline: timer.deadline + deltaMs,
    pausedAt: shift(timer.pausedAt),
    pausedTotalMs: timer.pausedTotalMs,
    endedAt: shift(timer.endedAt),
  };
}

/**
 * Candidate side: what goes into the shared document. The same redaction as the same-browser
 * channel (candidateStateFromRound), the timer moved to the relay's clock (`offsetMs` = relay
 * time − this machine's time) and the estimate only once locked.
 */
export function sharedRoundFromRound(
  round: Round,
  hints: readonly string[],
  offsetMs: number,
): { round: SharedRound; code: string } {
  const { code, timer, ...rest } = candidateStateFromRound(round, hints, round.rubric ?? null);
  const estimate: Estimate | null = ESTIMATE_LOCKED.includes(round.phase) ? round.estimate : null;
  return {
    code,
    round: { v: PAIR_DOC_VERSION, ...rest, timer: shiftTimer(timer, offsetMs), estimate },
  };
}

/** Interviewer side: the candidate's round in this machine's clock (`offsetMs` as above). */
export function candidateStateFromShared(
  shared: SharedRound,
  code: string,
  offsetMs: number,
): { state: CandidateState; estimate: Estimate | null } {
  const { v: _v, estimate, timer, ...rest } = shared;
  return { state: { ...rest, code, timer: shiftTimer(timer, -offsetMs) }, estimate };
}

/**
 * Candidate side: what the interviewer's part of the document does to the round. Hints go up
 * the ladder one rung at a time (a skipped or unknown one is ignored), prompts are marked once,
 * and the scores are kept from the estimate to the recap, as over the same-browser channel.
 */
export function eventsFromShare(
  round: Pick<Round, 'phase' | 'hintsUsed' | 'promptsShown' | 'rubric'>,
  hints: readonly string[],
  share: InterviewerShare,
): RoundEvent[] {
  if (round.phase === 'saved') return [];
  const events: RoundEvent[] = [];
  let used = round.hintsUsed;
  for (const hint of [...share.hints].sort((a, b) => a.index - b.index)) {
    try {
      const next = giveHint(hints, used, hint.index, 0);
      if (next.length > used.length) events.push({ type: 'use-hint', index: hint.index });
      used = next;
    } catch (error) {
      if (!(error instanceof HintLadderError)) throw error;
    }
  }
  for (const prompt of share.prompts) {
    if (!round.promptsShown.includes(prompt)) events.push({ type: 'prompt-shown', prompt });
  }
  if (share.rubric && SCORED.includes(round.phase) && !sameRubric(round.rubric, share.rubric)) {
    events.push({ type: 'set-rubric', rubric: share.rubric });
  }
  return events;
}

/**
 * Candidate side, after the save: the interviewer's scores to write into the saved record (the
 * candidate saved before the interviewer submitted the rubric); null when there is nothing new.
 */
export function rubricForSavedRound(
  round: Pick<Round, 'phase' | 'rubric'>,
  share: InterviewerShare,
): InterviewerShare['rubric'] {
  if (round.phase !== 'saved' || !share.rubric || sameRubric(round.rubric, share.rubric))
    return null;
  return share.rubric;
}
