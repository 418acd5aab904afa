import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';

/**
 * `/pair`: the partner types the code the candidate reads out, and lands in the interviewer's
 * view of that round (the same `/pair/<room>#<key>` the link opens).
 */
export function JoinByCode() {
  const inputId = useId();
  const hintId = useId();
  const navigate = useNavigate();
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const join = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const { claimCode } = await import('../../lib/pair-code-client');
    const result = await claimCode(location.origin, typed);
    if (!result.ok) {
      setBusy(false);
      setError(result.error);
      return;
    }
    await navigate(`/pair/${result.room.roomId}#${result.room.key}`, { replace: true });
  };

  return (
    <div className="page pair-page">
      <title>Join a round · MockRound</title>
      <h1>Join a partner’s round</h1>
      <form className="pair-join" onSubmit={(event) => void join(event)}>
        <label htmlFor={inputId}>Code from the candidate</label>
        <p id={hintId} className="muted">
          12 characters, like K7QM-3XZP-9HRA (the candidate gets it under “Partner on another
          machine”). Or open the link they sent.
        </p>
        <input
          id={inputId}
          aria-describedby={hintId}
          autoComplete="off"
          spellCheck={false}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
        />
        <button type="submit" className="button button-primary" disabled={busy || !typed.trim()}>
          {busy ? 'Checking the code…' : 'Join'}
        </button>
      </form>
      {busy && <p role="status">Checking the code (this takes a few seconds)…</p>}
      {error && (
        <p className="round-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
