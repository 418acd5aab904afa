import type { ReactNode } from 'react';
import type { Problem } from '../../domain/problem/problem.schema';
import { InterviewerView } from './interviewer-view';
import { paramNames } from '../../domain/problem/custom-case-text';
import { useInterviewerLink } from './use-interviewer-link';
import { useNow } from './use-now';

interface InterviewerWindowProps {
  roundId: string;
  /** The statement as the problem page shows it (another feature's component). */
  renderStatement: (problem: Problem) => ReactNode;
}

/**
 * `/interviewer/:roundId`: the interviewer's own window for a round, opened from the candidate's
 * round page and kept in step with it over the pair channel.
 */
export function InterviewerWindow({ roundId, renderStatement }: InterviewerWindowProps) {
  const link = useInterviewerLink(roundId);
  const { problem } = link;
  const now = useNow();

  const title = problem ? `Interviewer: ${problem.title}` : 'Interviewer';
  return (
    <div className="page pair-page">
      <title>{`${title} · MockRound`}</title>
      <h1>{title}</h1>
      {!link.candidate ? (
        <p role="status">
          Waiting for the candidate’s round… Keep the candidate’s round page open in this browser.
        </p>
      ) : !link.model ? (
        <p role="status">Loading the problem…</p>
      ) : (
        <>
          {link.amendError && (
            <p className="round-error" role="alert">
              The rubric could not be added to the saved round ({link.amendError}).
            </p>
          )}
          <InterviewerView
            {...link.model}
            now={now}
            layout="window"
            statement={problem && renderStatement(problem)}
            params={paramNames(problem)}
          />
        </>
      )}
    </div>
  );
}
