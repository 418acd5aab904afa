import { useId, useState } from 'react';
import type { LinkState } from '../../lib/pair-relay-link';
import { InviteCode } from './invite-code';
import type { RemotePair } from './use-remote-pair';

/** What the candidate is told about the partner on another machine. */
function describe(state: LinkState | null, everJoined: boolean): string {
  if (!state || state.connection === 'connecting') return 'Connecting to the relay…';
  if (state.connection === 'refused')
    return state.refusal === 'role-taken'
      ? 'This round is already open as the candidate in another tab: close one of them.'
      : state.refusal === 'too-many-messages'
        ? 'The relay closed the connection: too many messages. Reload the page to reconnect.'
        : 'The relay refused this round’s room.';
  if (state.relayFull)
    return 'The relay is full (too many rooms or people): retrying. Keep working meanwhile.';
  if (state.connection === 'offline')
    return 'The relay cannot be reached: retrying. Keep working; your partner catches up when it is back.';
  if (state.peer) return 'Your partner joined: they see your code, the clock and your notes.';
  return everJoined
    ? 'Your partner left. They can open the same link again.'
    : 'Waiting for your partner to open the link…';
}

/** Invite a partner on another machine (through the relay that serves the app). */
export function RemotePairCard({ remote }: { remote: RemotePair }) {
  const headingId = useId();
  const linkId = useId();
  const [copied, setCopied] = useState(false);
  const [everJoined, setEverJoined] = useState(false);
  if (remote.state?.peer && !everJoined) setEverJoined(true);

  if (!remote.link) {
    return (
      <section className="round-card pair-remote" aria-labelledby={headingId}>
        <h2 id={headingId}>Partner on another machine</h2>
        <button type="button" className="button" onClick={remote.invite}>
          Invite a partner
        </button>
      </section>
    );
  }
  const copy = () => {
    navigator.clipboard
      .writeText(remote.link ?? '')
      .then(() => setCopied(true))
      .catch(() => setCopied(false));
  };
  const problem = remote.state?.problem;
  return (
    <section className="round-card pair-remote" aria-labelledby={headingId}>
      <h2 id={headingId}>Partner on another machine</h2>
      <label htmlFor={linkId}>Link for your partner (private: it holds the room’s key)</label>
      <input
        id={linkId}
        className="pair-invite-link"
        readOnly
        value={remote.link}
        onFocus={(event) => event.currentTarget.select()}
      />
      <div className="pair-actions">
        <button type="button" className="button button-quiet" onClick={copy}>
          {copied ? 'Copied' : 'Copy link'}
        </button>
        <button type="button" className="button button-quiet" onClick={remote.stop}>
          Stop sharing
        </button>
      </div>
      {remote.room && <InviteCode room={remote.room} />}
      <p className="muted" role="status">
        {describe(remote.state, everJoined)}
      </p>
      {problem?.reason === 'wrong-key' && (
        <p className="round-error" role="alert">
          Someone opened this room with a wrong key: they were refused and see nothing.
        </p>
      )}
      {(remote.refused || problem?.reason === 'malformed') && (
        <p className="round-error" role="alert">
          A change from your partner was refused ({remote.refused ?? problem?.detail}); your round
          is unchanged.
        </p>
      )}
    </section>
  );
}
