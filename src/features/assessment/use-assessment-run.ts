import { useState } from 'react';
import type { Problem } from '../../domain/problem/problem.schema';
import type { RunReport } from '../../runner/run-report';
import { runOrReport, runnerBusy, stopRun } from '../../runner/client/run-or-report';
import { readActiveAssessment, useAssessmentDispatch } from './use-assessment-store';

export interface AssessmentRunControls {
  /** The last Run report of each problem, by slug (in memory; the assessment keeps the counts). */
  reports: Record<string, RunReport>;
  runningSlug: string | null;
  /** Runs the visible tests on the problem's current code and records the run. */
  run: (index: number, problem: Problem) => Promise<void>;
  stop: () => void;
}

/** Runs during the assessment; each problem keeps its own report and run count. */
export function useAssessmentRun(): AssessmentRunControls {
  const dispatch = useAssessmentDispatch();
  const [reports, setReports] = useState<Record<string, RunReport>>({});
  const [runningSlug, setRunningSlug] = useState<string | null>(null);

  const run = async (index: number, problem: Problem) => {
    const work = readActiveAssessment()?.problems[index];
    // One run at a time: a second Ctrl+Enter while tests run is ignored, not queued.
    if (!work || runnerBusy()) return;
    setRunningSlug(problem.slug);
    const report = await runOrReport(problem, 'run', work.code, work.language);
    setRunningSlug(null);
    setReports((all) => ({ ...all, [problem.slug]: report }));
    // Refused (and so not counted) if the time ran out while the tests ran.
    dispatch({
      type: 'record-run',
      index,
      run: { mode: 'run', status: report.status, passed: report.passed, failed: report.failed },
    });
  };

  return { reports, runningSlug, run, stop: stopRun };
}
