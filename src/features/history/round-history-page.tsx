import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { loadProblem } from '../../content/problem-bank';
import type { Problem } from '../../domain/problem/problem.schema';
import type { Round } from '../../domain/round/round.schema';
import { roundRecords } from '../../store/round-records';
import '../../styles/history.css';
import { RoundDetails } from './round-details';

type State =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; round: Round; problem: Problem | undefined };

/** `/history/:id`: one saved round, or a message when the id is unknown. */
export function RoundHistoryPage() {
  const { id = '' } = useParams();
  // Tagged with the id it belongs to: after a change of id the old round is not shown while loading.
  const [loaded, setState] = useState<{ id: string; state: State } | null>(null);
  const state: State = loaded?.id === id ? loaded.state : { status: 'loading' };

  useEffect(() => {
    let live = true;
    (async () => {
      const round = await roundRecords().get(id);
      if (!round) return live && setState({ id, state: { status: 'missing' } });
      const problem = await loadProblem(round.problemSlug);
      return live && setState({ id, state: { status: 'ready', round, problem } });
    })().catch(
      (error: unknown) =>
        live &&
        setState({
          id,
          state: {
            status: 'failed',
            message: error instanceof Error ? error.message : String(error),
          },
        }),
    );
    return () => {
      live = false;
    };
  }, [id]);

  return (
    <div className="page round-history-page">
      <title>Round · MockRound</title>
      <p>
        <Link to="/history">← All rounds</Link>
      </p>
      {state.status === 'loading' && <p role="status">Loading the round…</p>}
      {state.status === 'failed' && (
        <p className="round-error" role="alert">
          The round could not be read ({state.message}).
        </p>
      )}
      {state.status === 'missing' && (
        <>
          <h1>Round not found</h1>
          <p>There is no saved round with this id in this browser.</p>
        </>
      )}
      {state.status === 'ready' && <RoundDetails round={state.round} problem={state.problem} />}
    </div>
  );
}
