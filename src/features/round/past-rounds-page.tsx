import { useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useFocusNewItems } from '../../components/use-focus-new-items';
import { getSummary } from '../../content/problem-bank';
import type { Round } from '../../domain/round/round.schema';
import { roundRecords } from '../../store/round-records';
import { PastRoundItem } from './past-round-item';
import { useActiveRound } from './use-round-store';
import type { SavedRoundState } from './use-save-round';

type Listing =
  | { status: 'loading' }
  | { status: 'ready'; rounds: Round[]; total: number; problems: string[] }
  | { status: 'failed'; message: string };

/** Rounds shown at first and added by each "Show more": a thousand saved rounds stay quick. */
export const ROUNDS_PAGE = 20;

function savedRoundId(state: unknown): string | null {
  const id = (state as Partial<SavedRoundState> | null)?.savedRoundId;
  return typeof id === 'string' ? id : null;
}

/** `/rounds`: the round in progress (if any) and every past round, newest first. */
export function PastRoundsPage() {
  const [listing, setListing] = useState<Listing>({ status: 'loading' });
  const [shown, setShown] = useState(ROUNDS_PAGE);
  const listRef = useRef<HTMLOListElement>(null);
  const focusNew = useFocusNewItems(
    listRef,
    listing.status === 'ready' ? listing.rounds.length : 0,
  );
  const active = useActiveRound();
  const justSaved = savedRoundId(useLocation().state);

  useEffect(() => {
    let live = true;
    roundRecords()
      .recent(shown)
      .then(
        ({ rounds, total, problems }) =>
          live && setListing({ status: 'ready', rounds, total, problems }),
        (error: unknown) =>
          live &&
          setListing({
            status: 'failed',
            message: error instanceof Error ? error.message : String(error),
          }),
      );
    return () => {
      live = false;
    };
  }, [shown]);

  const inProgress = active && active.phase !== 'saved' ? active : null;
  return (
    <div className="page past-rounds">
      <title>Rounds · MockRound</title>
      <h1>Rounds</h1>
      {justSaved && (
        <p className="round-notice" role="status">
          Round saved. It is at the top of your past rounds.
        </p>
      )}
      {inProgress && (
        <p className="round-card round-in-progress">
          A round on “{getSummary(inProgress.problemSlug)?.title ?? inProgress.problemSlug}” is in
          progress. <Link to="/round">Go back to it</Link>
        </p>
      )}
      <h2>Past rounds</h2>
      {listing.status === 'loading' && <p role="status">Loading your rounds…</p>}
      {listing.status === 'failed' && (
        <p className="round-error" role="alert">
          Your past rounds could not be read ({listing.message}).
        </p>
      )}
      {listing.status === 'ready' && (
        <>
          {listing.problems.map((problem) => (
            <p key={problem} className="round-error" role="alert">
              {problem}
            </p>
          ))}
          {listing.rounds.length === 0 ? (
            <p className="muted">
              No rounds yet. Open a <Link to="/">problem</Link> and press Start round.
            </p>
          ) : (
            <>
              <ol className="past-round-list" aria-label="Past rounds" ref={listRef}>
                {listing.rounds.map((round) => (
                  <PastRoundItem key={round.id} round={round} />
                ))}
              </ol>
              {listing.total > listing.rounds.length && (
                <p className="past-rounds-more">
                  <span role="status">
                    The {listing.rounds.length} most recent of {listing.total} rounds.
                  </span>{' '}
                  <button
                    type="button"
                    className="button"
                    onClick={() => {
                      focusNew(listing.rounds.length);
                      setShown((n) => n + ROUNDS_PAGE);
                    }}
                  >
                    Show {Math.min(ROUNDS_PAGE, listing.total - listing.rounds.length)} more
                  </button>{' '}
                  <Link to="/history">Search them all in History</Link>
                </p>
              )}
            </>
          )}
        </>
      )}
    </div>
  );
}
