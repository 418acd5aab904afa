import type { Problem } from '../problem/problem.schema';
import type { Round } from '../round/round.schema';
import { givenHints } from './hint-ladder';
import {
  caseFitsShare,
  candidateStateSchema,
  type CandidateState,
  type InterviewerData,
  type PairState,
} from './pair-state.schema';
import type { Rubric } from './rubric';

/** Phases in which the interviewer's scores may reach the candidate: after the reveal, never before. */
const RUBRIC_VISIBLE: readonly Round['phase'][] = ['recap', 'saved'];

/**
 * The redaction: what the candidate window may receive of the interviewer's full state. Built
 * field by field (never by spreading), so a field added to the interviewer's state stays private
 * until someone decides otherwise here; then validated against the strict candidate schema, which
 * also strips unknown keys inside runs and notes.
 */
export function candidateView(state: PairState): CandidateState {
  const view: CandidateState = {
    roundId: state.roundId,
    problemSlug: state.problemSlug,
    mode: state.mode,
    phase: state.phase,
    timer: {
      durationMs: state.timer.durationMs,
      startedAt: state.timer.startedAt,
      deadline: state.timer.deadline,
      pausedAt: state.timer.pausedAt,
      pausedTotalMs: state.timer.pausedTotalMs,
      endedAt: state.timer.endedAt,
    },
    language: state.language,
    code: state.code,
    runs: state.runs,
    notes: state.notes,
    promptsShown: state.promptsShown,
    // Re-derived from the ladder, so only given rungs (and their exact text) go out.
    hintsGiven: givenHints(state.interviewer.hints, state.hintsGiven),
    rubric: RUBRIC_VISIBLE.includes(state.phase) ? state.interviewer.rubric : null,
  };
  return candidateStateSchema.parse(view);
}

/** The candidate window's state from its round record (it owns the round); hints are the problem's. */
export function candidateStateFromRound(
  round: Round,
  hints: readonly string[],
  rubric: Rubric | null,
): CandidateState {
  const { durationMs, startedAt, deadline, pausedAt, pausedTotalMs, endedAt } = round;
  // The candidate's own cases go to the interviewer (one too large to share stays behind).
  const customCases = (round.customCases ?? []).filter(caseFitsShare);
  return candidateStateSchema.parse({
    roundId: round.id,
    problemSlug: round.problemSlug,
    mode: round.mode,
    phase: round.phase,
    timer: { durationMs, startedAt, deadline, pausedAt, pausedTotalMs, endedAt },
    language: round.language,
    code: round.code,
    runs: round.runs,
    notes: round.notes,
    promptsShown: round.promptsShown,
    hintsGiven: givenHints(hints, round.hintsUsed),
    rubric: RUBRIC_VISIBLE.includes(round.phase) ? rubric : null,
    ...(customCases.length ? { customCases } : {}),
  });
}

/** The interviewer's script for a problem, before any note or score. */
export function interviewerDataFromProblem(
  problem: Pick<Problem, 'hints' | 'interviewer'>,
): InterviewerData {
  return {
    hints: [...problem.hints],
    clarifications: problem.interviewer.clarifications.map(({ q, a }) => ({ q, a })),
    followUps: [...problem.interviewer.followUps],
    rubricGuide: [...problem.interviewer.rubric],
    notes: [],
    rubric: null,
  };
}

/** The interviewer window's full state: the candidate's (authoritative) round plus its own data. */
export function interviewerView(
  candidate: CandidateState,
  interviewer: InterviewerData,
): PairState {
  const { rubric: _shared, ...round } = candidate; // the interviewer's own scores win
  return { ...round, interviewer };
}
