import type { Outcome } from '../history/round-facts';
import { isPassing, type Submission } from './submission.schema';

export type ProblemStatus = 'solved' | 'attempted' | 'not-tried';

export const PROBLEM_STATUS_LABEL: Record<ProblemStatus, string> = {
  solved: 'Solved',
  attempted: 'Attempted',
  'not-tried': 'Not tried',
};

/** What counts as trying a problem: practice Submits and saved rounds. */
export interface ProblemAttempts {
  submissions: readonly Pick<Submission, 'slug' | 'verdict'>[];
  rounds: readonly { problemSlug: string; outcome: Outcome }[];
}

/**
 * Per problem: solved once a practice Submit passed every test or a round ended with every test
 * passing; attempted after any other Submit or saved round (an abandoned one too); otherwise
 * not tried (absent from the map).
 */
export function problemStatuses({
  submissions,
  rounds,
}: ProblemAttempts): Map<string, ProblemStatus> {
  const status = new Map<string, ProblemStatus>();
  const mark = (slug: string, solved: boolean) => {
    if (solved) status.set(slug, 'solved');
    else if (!status.has(slug)) status.set(slug, 'attempted');
  };
  for (const s of submissions) mark(s.slug, isPassing(s.verdict));
  for (const r of rounds) mark(r.problemSlug, r.outcome === 'passed');
  return status;
}

export function statusOf(
  statuses: ReadonlyMap<string, ProblemStatus>,
  slug: string,
): ProblemStatus {
  return statuses.get(slug) ?? 'not-tried';
}
