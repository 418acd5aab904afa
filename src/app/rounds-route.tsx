import { PastRoundsPage } from '../features/round/past-rounds-page';
import '../styles/round.css';
import '../styles/round-panels.css';
import '../styles/round-phases.css';

/** `/rounds`: the round in progress, if any, and the past rounds. */
export function RoundsRoute() {
  return <PastRoundsPage />;
}
