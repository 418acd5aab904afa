import { useState } from 'react';
import { Link, useLoaderData } from 'react-router';
import { readSavedRounds, type SavedRounds } from '../../store/round-records';
import '../../styles/history.css';
import { ProgressCharts } from './progress-charts';
import { WhatNext } from './what-next';

/**
 * The dashboard's route loader: the summary of every saved round. A loader, not an effect, so
 * that the read starts as the route is entered instead of after the first paint.
 */
export const progressLoader = (): Promise<SavedRounds> => readSavedRounds();

/** What /progress shows while the app's first load reads the rounds. */
export function ProgressFallback() {
  return (
    <div className="page progress-page">
      <h1>Progress</h1>
      <p role="status">Loading your rounds…</p>
    </div>
  );
}

/** `/progress`: charts of the saved rounds and the suggested next problem. */
export function ProgressPage() {
  const saved = useLoaderData<typeof progressLoader>();
  // Read once per visit, so the suggestion does not change under the user.
  const [now] = useState(() => Date.now());
  return (
    <div className="page progress-page">
      <title>Progress · MockRound</title>
      <h1>Progress</h1>
      {saved.status === 'failed' && (
        <p className="round-error" role="alert">
          Your saved rounds could not be read ({saved.message}).
        </p>
      )}
      {saved.status === 'ready' && (
        <>
          <WhatNext rounds={saved.rounds} now={now} />
          {saved.rounds.length === 0 ? (
            <p className="muted">
              No saved rounds yet: the charts appear after your first round. See{' '}
              <Link to="/history">History</Link>.
            </p>
          ) : (
            <ProgressCharts rounds={saved.rounds} />
          )}
        </>
      )}
    </div>
  );
}
