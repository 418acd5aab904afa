import { Link } from 'react-router';

/** `/round` when no round is going: where to start one, and where the finished ones are. */
export function NoActiveRound() {
  return (
    <div className="page">
      <title>Round · MockRound</title>
      <h1>No round in progress</h1>
      <p>
        Open a problem and press <strong>Start round</strong> to practise under interview
        conditions.
      </p>
      <p>
        <Link to="/">Choose a problem</Link> · <Link to="/rounds">See your past rounds</Link>
      </p>
    </div>
  );
}
