import { useEffect, useRef, useState } from 'react';
import type { Problem } from '../../domain/problem/problem.schema';
import type { RunReport } from '../../runner/run-report';
import { runOrReport } from '../../runner/client/run-or-report';
import { submissionResult } from './submission-result';
import { readActiveAssessment, useAssessmentDispatch } from './use-assessment-store';

/**
 * During the reveal, runs Submit (every test, hidden ones included) on each problem's submitted
 * code that has no result yet, one after the other, and records the counts. After a reload it
 * picks up where it stopped.
 */
export function useSubmissions(problems: Problem[], active: boolean) {
  const dispatch = useAssessmentDispatch();
  const [reports, setReports] = useState<Record<string, RunReport>>({});
  const [runningSlug, setRunningSlug] = useState<string | null>(null);
  const started = useRef(false);

  useEffect(() => {
    // Once per mount: StrictMode's second effect run must not start the runs twice.
    if (!active || started.current) return;
    started.current = true;
    void (async () => {
      for (const [index, problem] of problems.entries()) {
        const work = readActiveAssessment()?.problems[index];
        if (!work?.submission || work.result) continue;
        setRunningSlug(problem.slug);
        const { code, language } = work.submission;
        const report = await runOrReport(problem, 'submit', code, language);
        setReports((all) => ({ ...all, [problem.slug]: report }));
        dispatch({ type: 'record-result', index, result: submissionResult(problem, report) });
      }
      setRunningSlug(null);
    })();
  }, [active, problems, dispatch]);

  return { reports, runningSlug };
}
