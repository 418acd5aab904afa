import { useId, useState } from 'react';
import type { Round } from '../../domain/round/round.schema';
import { useRoundDispatch } from './use-round-store';

interface PairControlsProps {
  round: Pick<Round, 'id' | 'pair'>;
  /** Whether an interviewer window is listening on the round's channel. */
  connected: boolean;
  /** Whether the app can show the interviewer's view as a panel here. */
  canShowPanel: boolean;
}

/** The interviewer's own window, for a partner on this device (synced over BroadcastChannel). */
export function interviewerWindowUrl(roundId: string): string {
  return `/interviewer/${encodeURIComponent(roundId)}`;
}

/**
 * Pair practice: open the interviewer's view in a second window, or as a panel on this screen.
 * Once a partner joins, the think-aloud prompts and the hints go through them.
 */
export function PairControls({ round, connected, canShowPanel }: PairControlsProps) {
  const dispatch = useRoundDispatch();
  const headingId = useId();
  const [blocked, setBlocked] = useState(false);
  const panel = round.pair === 'panel';
  const url = interviewerWindowUrl(round.id);

  const openWindow = () => {
    const opened = window.open(
      url,
      `mockround-interviewer-${round.id}`,
      'popup,width=1100,height=900',
    );
    setBlocked(opened === null);
    if (!panel) dispatch({ type: 'set-pair', pair: 'window' });
  };
  const togglePanel = () =>
    dispatch({ type: 'set-pair', pair: panel ? (connected ? 'window' : null) : 'panel' });

  return (
    <section className="round-card pair-controls" aria-labelledby={headingId}>
      <h2 id={headingId}>Pair practice</h2>
      <div className="pair-actions">
        <button type="button" className="button" onClick={openWindow}>
          Open interviewer view
        </button>
        {canShowPanel && (
          <button
            type="button"
            className="button button-quiet"
            aria-pressed={panel}
            onClick={togglePanel}
          >
            Interviewer panel
          </button>
        )}
      </div>
      {blocked && (
        <p className="muted">
          The browser blocked the new window:{' '}
          <a href={url} target="_blank" rel="noreferrer">
            open the interviewer view
          </a>{' '}
          yourself.
        </p>
      )}
      <p className="muted" role="status">
        {connected
          ? 'Interviewer window connected: your partner reads the prompts and gives the hints.'
          : round.pair === 'window'
            ? 'The interviewer window is closed: prompts and hints wait for it.'
            : panel
              ? 'Your partner reads the prompts and gives the hints from the panel.'
              : 'Practise with a partner: they see the script, the hints and your code.'}
      </p>
      {round.pair === 'window' && !connected && (
        <button
          type="button"
          className="button button-quiet"
          onClick={() => dispatch({ type: 'set-pair', pair: null })}
        >
          Practise solo again
        </button>
      )}
    </section>
  );
}
