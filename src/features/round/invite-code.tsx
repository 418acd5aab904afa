import { useId, useState } from 'react';
import type { RoomSecret } from '../../lib/pair-crypto';
import type { IssuedCode } from '../../lib/pair-code-client';

const time = (ms: number) =>
  new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/**
 * A short code to read out (a call, a partner across the table): left sealed at the relay for
 * 10 minutes, once. The code is shown only here; the relay holds a blob it cannot open quickly.
 */
export function InviteCode({ room }: { room: RoomSecret }) {
  const codeId = useId();
  const [issued, setIssued] = useState<IssuedCode | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const issue = () => {
    setBusy(true);
    setError(null);
    import('../../lib/pair-code-client')
      .then(({ issueCode }) => issueCode(location.origin, room))
      .then(setIssued, (reason: unknown) =>
        setError(
          `No code could be made (${reason instanceof Error ? reason.message : String(reason)}): share the link instead.`,
        ),
      )
      .finally(() => setBusy(false));
  };

  return (
    <div className="pair-code">
      {issued && (
        <>
          <p id={codeId} className="muted">
            Or read out this code: your partner opens {location.origin}/pair and types it. It works
            once, until {time(issued.expiresAt)}.
          </p>
          <output
            className="pair-code-value"
            aria-describedby={codeId}
            aria-label="Code to read out"
          >
            {issued.code}
          </output>
        </>
      )}
      <button type="button" className="button button-quiet" disabled={busy} onClick={issue}>
        {busy ? 'Making a code…' : issued ? 'New code' : 'Get a code to read out'}
      </button>
      {error && (
        <p className="round-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
