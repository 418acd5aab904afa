import { useEffect, useRef } from 'react';
import { useSaveRound } from './use-save-round';

/**
 * The recap is in: write the round to the records, then open the past rounds. Also where a
 * reload lands if the tab closed before the write finished, so saving resumes by itself.
 */
export function SavedPhase() {
  const { save, saving, error } = useSaveRound();
  const started = useRef(false);
  useEffect(() => {
    // Once per mount, also under StrictMode's double effects.
    if (started.current) return;
    started.current = true;
    void save();
  }, [save]);

  return (
    <div className="round-panel round-saving">
      <h1>Saving the round</h1>
      {error ? (
        <>
          <p className="round-error" role="alert">
            {error}
          </p>
          <button
            type="button"
            className="button button-primary"
            disabled={saving}
            onClick={() => void save()}
          >
            Try again
          </button>
        </>
      ) : (
        <p role="status">Saving your round…</p>
      )}
    </div>
  );
}
