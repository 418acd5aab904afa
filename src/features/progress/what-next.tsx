import { Link } from 'react-router';
import { getSummary, problemSummaries } from '../../content/problem-bank';
import { suggestNext } from '../../domain/history/what-next';
import type { RoundSummary } from '../../domain/history/round-summary';

/** "What next": one suggested problem and why, with a link to its page (where the round starts). */
export function WhatNext({ rounds, now }: { rounds: readonly RoundSummary[]; now: number }) {
  const suggestion = suggestNext(rounds, problemSummaries, now);
  return (
    <section className="what-next" aria-labelledby="what-next-h">
      <h2 id="what-next-h">What next</h2>
      {suggestion ? (
        <>
          <p>{suggestion.reason}</p>
          <Link className="button-link" to={`/problems/${suggestion.slug}`}>
            Start {getSummary(suggestion.slug)?.title ?? suggestion.slug}
          </Link>
        </>
      ) : (
        <p className="muted">The problem bank is empty.</p>
      )}
    </section>
  );
}
