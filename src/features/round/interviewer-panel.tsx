import type { ReactNode } from 'react';
import {
  candidateStateFromRound,
  interviewerDataFromProblem,
  interviewerView,
} from '../../domain/pair/candidate-view';
import { gateForSharedScreen } from '../../domain/pair/shared-screen-gate';
import { paramNames } from '../../domain/problem/custom-case-text';
import type { Problem } from '../../domain/problem/problem.schema';
import type { Round } from '../../domain/round/round.schema';
import { useNow } from './clock-context';
import type { RoundInterviewerProps } from './round-slots';
import { useRoundDispatch } from './use-round-store';

interface InterviewerPanelProps {
  round: Round;
  problem: Pick<Problem, 'hints' | 'interviewer' | 'entry'>;
  render: (props: RoundInterviewerProps) => ReactNode;
}

/**
 * Pair practice on one screen: the interviewer's view beside the candidate's work, acting on
 * the round directly (no channel: both people look at this page).
 */
export function InterviewerPanel({ round, problem, render }: InterviewerPanelProps) {
  const now = useNow();
  const dispatch = useRoundDispatch();
  const rubric = round.rubric ?? null;
  const candidate = candidateStateFromRound(round, problem.hints, rubric);
  // Both people look at this screen: nothing naming the expected complexity before the reveal.
  const data = gateForSharedScreen(
    interviewerDataFromProblem(problem),
    round.phase,
    round.hintsUsed.map((h) => h.index),
  );
  const state = interviewerView(candidate, { ...data, rubric });
  return (
    <aside className="round-interviewer-panel" aria-label="Interviewer panel">
      {render({
        state,
        now,
        layout: 'panel',
        params: paramNames(problem),
        connected: true,
        delivery: rubric ? 'delivered' : 'none',
        onGiveHint: (index) => dispatch({ type: 'use-hint', index }),
        onPromptAsked: (prompt) => dispatch({ type: 'prompt-shown', prompt }),
        onSaveRubric: (scores) => dispatch({ type: 'set-rubric', rubric: scores }),
      })}
    </aside>
  );
}
