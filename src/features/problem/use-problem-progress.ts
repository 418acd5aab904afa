import { useEffect, useState } from 'react';
import type { Submission } from '../../domain/practice/submission.schema';
import {
  problemStatuses,
  statusOf,
  type ProblemStatus,
} from '../../domain/practice/problem-status';
import { roundRecords } from '../../store/round-records';
import { useReport } from '../../store/selectors';
import { submissionRecords } from '../../store/submission-records';

export interface ProblemProgress {
  status: ProblemStatus;
  /** This problem's practice Submits, newest first. */
  submissions: Submission[];
  problems: string[];
}

/** The problem's status and Submits, read again after every Run or Submit on the page. */
export function useProblemProgress(slug: string): ProblemProgress | null {
  const report = useReport(slug);
  const [progress, setProgress] = useState<ProblemProgress | null>(null);
  useEffect(() => {
    let live = true;
    void Promise.all([
      // Through then(): opening IndexedDB throws at once where there is none.
      Promise.resolve()
        .then(() => submissionRecords().list(slug))
        .catch((error: unknown) => ({
          submissions: [],
          problems: [`Your Submits could not be read (${String(error)}).`],
        })),
      Promise.resolve()
        .then(() => roundRecords().summaries())
        .catch(() => ({ summaries: [] })),
    ]).then(([{ submissions, problems }, { summaries }]) => {
      if (!live) return;
      const rounds = summaries.filter((r) => r.problemSlug === slug);
      const status = statusOf(problemStatuses({ submissions, rounds }), slug);
      setProgress({ status, submissions, problems });
    });
    return () => {
      live = false;
    };
  }, [slug, report]);
  return progress;
}
