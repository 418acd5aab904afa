import { startTransition, useEffect, useState } from 'react';
import { problemStatuses, type ProblemStatus } from '../../domain/practice/problem-status';
import { roundRecords } from '../../store/round-records';
import { submissionRecords } from '../../store/submission-records';

/**
 * Solved / attempted per problem from practice Submits and saved rounds (a problem missing from
 * the map is not tried). Until they are read, or when they cannot be, nothing is marked.
 */
export function useProblemStatuses(): ReadonlyMap<string, ProblemStatus> | null {
  const [statuses, setStatuses] = useState<ReadonlyMap<string, ProblemStatus> | null>(null);
  useEffect(() => {
    let live = true;
    void Promise.all([
      // Through then(): opening IndexedDB throws at once where there is none.
      Promise.resolve()
        .then(() => submissionRecords().list())
        .catch(() => ({ submissions: [] })),
      // Summaries, not records: a thousand saved rounds are read in milliseconds.
      Promise.resolve()
        .then(() => roundRecords().summaries())
        .catch(() => ({ summaries: [] })),
    ]).then(([{ submissions }, { summaries }]) => {
      // A transition: marking every card yields to input instead of holding the main thread.
      if (live)
        startTransition(() => setStatuses(problemStatuses({ submissions, rounds: summaries })));
    });
    return () => {
      live = false;
    };
  }, []);
  return statuses;
}
