import { Link } from 'react-router';

/** Any unknown URL, and problem links whose slug no longer exists. */
export function NotFoundPage({
  message = 'There is no page at this address.',
}: {
  message?: string;
}) {
  return (
    <div className="page not-found">
      <title>Not found · MockRound</title>
      <h1>Page not found</h1>
      <p>{message}</p>
      <p>
        <Link to="/">Back to the problems</Link>
      </p>
    </div>
  );
}
