import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { Round } from '../../domain/round/round.schema';
import { roundRecords } from '../../store/round-records';
import '../../styles/history.css';
import { ProgressCharts } from './progress-charts';
import { WhatNext } from './what-next';

type State =
  | { status: 'loading' }
  | { status: 'ready'; rounds: Round[] }
  | { status: 'failed'; message: string };

/** `/progress`: charts of the saved rounds and the suggested next problem. */
export function ProgressPage() {
  const [state, setState] = useState<State>({ status: 'loading' });
  // Read once per visit, so the suggestion does not change under the user.
  const [now] = useState(() => Date.now());

  useEffect(() => {
    let live = true;
    roundRecords()
      .list()
      .then(
        ({ rounds }) => live && setState({ status: 'ready', rounds }),
        (error: unknown) =>
          live &&
          setState({
            status: 'failed',
            message: error instanceof Error ? error.message : String(error),
          }),
      );
    return () => {
      live = false;
    };
  }, []);

  return (
    <div className="page progress-page">
      <title>Progress · MockRound</title>
      <h1>Progress</h1>
      {state.status === 'loading' && <p role="status">Loading your rounds…</p>}
      {state.status === 'failed' && (
        <p className="round-error" role="alert">
          Your saved rounds could not be read ({state.message}).
        </p>
      )}
      {state.status === 'ready' && (
        <>
          <WhatNext rounds={state.rounds} now={now} />
          {state.rounds.length === 0 ? (
            <p className="muted">
              No saved rounds yet: the charts appear after your first round. See{' '}
              <Link to="/history">History</Link>.
            </p>
          ) : (
            <ProgressCharts rounds={state.rounds} />
          )}
        </>
      )}
    </div>
  );
}
