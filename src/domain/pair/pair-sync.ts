import type { RoundEvent } from '../round/round-machine';
import type { Round } from '../round/round.schema';
import { giveHint, HintLadderError } from './hint-ladder';
import type { PairMessage, PairMessageBody } from './pair-messages';
import type { CandidateState } from './pair-state.schema';
import type { Rubric } from './rubric';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** True when both rubrics hold the same scores and notes (or both are missing). */
export function sameRubric(a: Rubric | null | undefined, b: Rubric | null | undefined): boolean {
  return same(a ?? null, b ?? null);
}

/**
 * Candidate side: the messages that bring the interviewer from `prev` (what it was last sent) to
 * `next`. Small messages for what changes often (code, runs, notes, phase and clock); the whole
 * state when anything else changed or the history does not line up (a first send, another round).
 * `atMs` is the round time of the change.
 */
export function candidateUpdates(
  prev: CandidateState | null,
  next: CandidateState,
  atMs: number,
): PairMessageBody[] {
  const whole: PairMessageBody[] = [{ type: 'state', state: next }];
  if (!prev || prev.roundId !== next.roundId) return whole;
  const appendedRuns = same(next.runs.slice(0, prev.runs.length), prev.runs);
  const appendedNotes = same(next.notes.slice(0, prev.notes.length), prev.notes);
  const rest = (s: CandidateState) => [
    s.problemSlug,
    s.mode,
    s.promptsShown,
    s.hintsGiven,
    s.rubric,
    s.customCases ?? [],
  ];
  if (!appendedRuns || !appendedNotes || !same(rest(prev), rest(next))) return whole;

  const updates: PairMessageBody[] = [];
  if (prev.code !== next.code || prev.language !== next.language) {
    updates.push({ type: 'code', code: next.code, language: next.language, atMs });
  }
  for (const run of next.runs.slice(prev.runs.length)) updates.push({ type: 'run', run });
  for (const note of next.notes.slice(prev.notes.length)) updates.push({ type: 'note', note });
  if (prev.phase !== next.phase || !same(prev.timer, next.timer)) {
    updates.push({ type: 'round', phase: next.phase, timer: next.timer });
  }
  return updates;
}

/**
 * Interviewer side: the candidate's round after one of its messages. Small updates need a
 * state to apply to; until the first whole state arrives they are dropped (the hello asks for it).
 */
export function receiveFromCandidate(
  current: CandidateState | null,
  message: PairMessage,
): CandidateState | null {
  if (message.from !== 'candidate') return current;
  if (message.type === 'state') return message.state;
  if (!current || current.roundId !== message.roundId) return current;
  switch (message.type) {
    case 'code':
      return { ...current, code: message.code, language: message.language };
    case 'run':
      return { ...current, runs: [...current.runs, message.run] };
    case 'note':
      return current.notes.some((n) => n.id === message.note.id)
        ? current
        : { ...current, notes: [...current.notes, message.note] };
    case 'round':
      return { ...current, phase: message.phase, timer: message.timer };
    default:
      return current;
  }
}

const SCORED: readonly Round['phase'][] = ['estimate', 'reveal', 'recap'];

/**
 * Candidate side: what an interviewer's message does to the round. Any message means an
 * interviewer has joined (the round becomes a pair round); a hint must be the next rung of
 * the ladder (a stale or forged one is ignored); shared scores are kept in the round.
 */
export function eventsFromInterviewer(
  round: Pick<Round, 'phase' | 'pair' | 'hintsUsed' | 'rubric'>,
  hints: readonly string[],
  message: PairMessage,
): RoundEvent[] {
  if (message.from !== 'interviewer' || round.phase === 'saved') return [];
  const events: RoundEvent[] = [];
  if (!round.pair && message.type !== 'bye') events.push({ type: 'set-pair', pair: 'window' });
  if (message.type === 'give-hint') {
    try {
      const before = round.hintsUsed.length;
      if (giveHint(hints, round.hintsUsed, message.hint.index, 0).length > before) {
        events.push({ type: 'use-hint', index: message.hint.index });
      }
    } catch (error) {
      if (!(error instanceof HintLadderError)) throw error;
    }
  }
  if (message.type === 'prompt-shown')
    events.push({ type: 'prompt-shown', prompt: message.prompt });
  const rubric = message.type === 'state' ? message.state.rubric : null;
  if (rubric && SCORED.includes(round.phase) && !sameRubric(round.rubric, rubric)) {
    events.push({ type: 'set-rubric', rubric });
  }
  return events;
}

/** Where the interviewer's saved scores stand. */
export type RubricDelivery =
  /** Nothing saved yet. */
  | 'none'
  /** Saved in the interviewer's window; shared from the recap on. */
  | 'held'
  /** Due to the candidate's window, which keeps it in the round. */
  | 'send'
  /** In the candidate's round. */
  | 'delivered'
  /** The round was saved without these scores: amend its record. */
  | 'amend-record';

/** What to do with the interviewer's scores, given the candidate's round as last heard. */
export function rubricDelivery(
  own: Rubric | null,
  candidate: Pick<CandidateState, 'phase' | 'rubric'> | null,
): RubricDelivery {
  if (!own) return 'none';
  if (!candidate) return 'held';
  if (sameRubric(own, candidate.rubric)) return 'delivered';
  if (candidate.phase === 'recap') return 'send';
  return candidate.phase === 'saved' ? 'amend-record' : 'held';
}
