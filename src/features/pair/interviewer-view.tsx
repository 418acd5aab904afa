import type { ReactNode } from 'react';
import type { InterviewerViewModel } from '../../domain/pair/interviewer-actions';
import { CandidateCasesCard } from './candidate-cases-card';
import { CandidateWorkCard } from './candidate-work-card';
import { HintLadderCard } from './hint-ladder-card';
import { InterviewerClock } from './interviewer-clock';
import { InterviewerPrompts } from './interviewer-prompts';
import { RubricCard } from './rubric-card';
import { ScriptCard } from './script-card';
import './pair.css';

export interface InterviewerViewProps extends InterviewerViewModel {
  now: number;
  /** 'window': the interviewer's own window, in columns; 'panel': stacked beside the candidate. */
  layout: 'window' | 'panel';
  /** The problem statement, to read aloud (the window shows it; a panel sits beside it already). */
  statement?: ReactNode;
  /** The problem's parameter names, to label the arguments of the candidate's own cases. */
  params?: readonly string[];
}

/**
 * Pair practice, the interviewer's side: what only the interviewer sees (script, prompts, the
 * whole hint ladder, the rubric) beside what the candidate does (code, runs), live.
 */
export function InterviewerView({ layout, statement, params, ...model }: InterviewerViewProps) {
  const { state, now, connected, delivery, onGiveHint, onPromptAsked, onSaveRubric } = model;
  const thinking = state.phase === 'brief' || state.phase === 'code' || state.phase === 'estimate';
  return (
    <div className={`pair-view pair-view-${layout}`}>
      <div className="pair-head">
        <InterviewerClock state={state} now={now} />
        <p className={connected ? 'pair-link pair-link-on' : 'pair-link'} role="status">
          {connected ? 'Candidate connected' : 'Candidate’s window not connected'}
        </p>
      </div>
      {statement && (
        <details className="round-card pair-statement" open={state.phase === 'brief'}>
          <summary>Statement to read aloud</summary>
          {statement}
        </details>
      )}
      <div className="pair-columns">
        <div className="pair-column">
          {thinking && <InterviewerPrompts state={state} now={now} onPromptAsked={onPromptAsked} />}
          <HintLadderCard state={state} connected={connected} onGiveHint={onGiveHint} />
          <ScriptCard state={state} />
        </div>
        <div className="pair-column">
          <CandidateWorkCard
            state={state}
            selection={model.selection ?? null}
            estimate={model.estimate ?? null}
          />
          <CandidateCasesCard state={state} {...(params ? { params } : {})} />
          <RubricCard
            state={state}
            connected={connected}
            delivery={delivery}
            onSaveRubric={onSaveRubric}
          />
        </div>
      </div>
    </div>
  );
}
