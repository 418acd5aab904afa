import { JoinByCode } from '../features/pair/join-by-code';
import '../styles/round.css';

/** `/pair`: join a partner's round with the code they read out. */
export function PairJoinRoute() {
  return <JoinByCode />;
}
