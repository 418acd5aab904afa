import type { ReactNode } from 'react';
import type { Problem } from '../../domain/problem/problem.schema';
import type { LinkState } from '../../lib/pair-relay-link';
import { InterviewerView } from './interviewer-view';
import { paramNames } from '../../domain/problem/custom-case-text';
import { useNow } from './use-now';
import { useRemoteInterviewer } from './use-remote-interviewer';

interface RemoteInterviewerWindowProps {
  roomId: string;
  /** The room key, from the link's fragment. */
  roomKey: string;
  renderStatement: (problem: Problem) => ReactNode;
}

/** A refusal or the connection, said plainly (null when all is well and the round is shown). */
function linkMessage(state: LinkState | null): { text: string; alert: boolean } | null {
  if (!state || state.connection === 'connecting')
    return { text: 'Connecting to the candidate’s room…', alert: false };
  if (state.connection === 'refused') {
    const text = {
      'role-taken':
        'Another interviewer is already in this round. Only one interviewer can join a round.',
      'wrong-key':
        'This link’s key does not open the candidate’s round: ask the candidate to copy the link again.',
      'bad-request': 'The relay refused this link: ask the candidate to copy it again.',
      'too-many-messages':
        'The relay closed the connection: too many messages. Reload the page to reconnect.',
    }[state.refusal ?? 'bad-request'];
    return { text, alert: true };
  }
  if (state.relayFull)
    return { text: 'The relay is full (too many rooms or people): retrying…', alert: true };
  if (state.connection === 'offline')
    return { text: 'Connection lost: reconnecting… The candidate keeps working.', alert: false };
  return null;
}

/**
 * `/pair/:roomId#key`: the interviewer's view on another machine, joined through the relay.
 * The same view as the same-browser window; the candidate's round arrives through the shared
 * document, the script and the problem from this machine's copy of the app.
 */
export function RemoteInterviewerWindow({
  roomId,
  roomKey,
  renderStatement,
}: RemoteInterviewerWindowProps) {
  const remote = useRemoteInterviewer(roomId, roomKey);
  const now = useNow();
  const { problem, model } = remote;
  const message = remote.badLink
    ? { text: remote.badLink, alert: true }
    : linkMessage(remote.state);
  const refused = remote.state?.connection === 'refused' || !!remote.badLink;
  const title = problem ? `Interviewer: ${problem.title}` : 'Interviewer';

  return (
    <div className="page pair-page">
      <title>{`${title} · MockRound`}</title>
      <h1>{title}</h1>
      {message && (
        <p
          className={message.alert ? 'round-error' : undefined}
          role={message.alert ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
      {remote.refused && (
        <p className="round-error" role="alert">
          A change from the candidate was refused ({remote.refused}); showing the round as last
          received.
        </p>
      )}
      {refused ? null : !remote.candidate ? (
        remote.state?.connection === 'connected' && (
          <p role="status">
            {remote.state.peer
              ? 'Receiving the candidate’s round…'
              : 'Waiting for the candidate: their round page must stay open.'}
          </p>
        )
      ) : !model ? (
        <p role="status">Loading the problem…</p>
      ) : (
        <InterviewerView
          {...model}
          now={now}
          layout="window"
          statement={problem && renderStatement(problem)}
          params={paramNames(problem)}
        />
      )}
    </div>
  );
}
