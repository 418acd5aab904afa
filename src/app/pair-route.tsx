import { useLocation, useParams } from 'react-router';
import { RemoteInterviewerWindow } from '../features/pair/remote-interviewer-window';
import { ProblemStatement } from '../features/problem/problem-statement';
import '../styles/round.css';
import '../styles/round-panels.css';
import '../styles/round-phases.css';

/** `/pair/:roomId#<key>`: the interviewer's view for a partner on another machine. */
export function PairRoute() {
  const { roomId = '' } = useParams();
  const { hash } = useLocation();
  return (
    <RemoteInterviewerWindow
      roomId={roomId}
      roomKey={hash.replace(/^#/, '')}
      renderStatement={(problem) => <ProblemStatement problem={problem} />}
    />
  );
}
