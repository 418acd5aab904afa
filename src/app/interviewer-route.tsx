import { useParams } from 'react-router';
import { InterviewerWindow } from '../features/pair/interviewer-window';
import { ProblemStatement } from '../features/problem/problem-statement';
import '../styles/round.css';
import '../styles/round-panels.css';
import '../styles/round-phases.css';

/** `/interviewer/:roundId`: the interviewer's window of a pair round, with the statement to read. */
export function InterviewerRoute() {
  const { roundId = '' } = useParams();
  return (
    <InterviewerWindow
      roundId={roundId}
      renderStatement={(problem) => <ProblemStatement problem={problem} />}
    />
  );
}
