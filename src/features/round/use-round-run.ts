import { useEffect, useState } from 'react';
import { customCaseName, withCustomCases } from '../../domain/problem/custom-case';
import type { Problem } from '../../domain/problem/problem.schema';
import type { RunReport } from '../../runner/run-report';
import { roundScope, runResults } from '../../store/run-results';
import { readActiveRound, useRoundDispatch } from './use-round-store';
import { runOrReport, runnerBusy, stopRun } from '../../runner/client/run-or-report';

export interface RoundRunControls {
  report: RunReport | undefined;
  running: boolean;
  /** Runs the visible tests and the candidate's own cases on the round's current code; recorded. */
  run: () => Promise<void>;
  stop: () => void;
}

/**
 * Run during the code phase, as on the problem page; every run is recorded in the round, and its
 * report is kept so that a reload mid-round shows it again.
 */
export function useRoundRun(problem: Problem): RoundRunControls {
  const dispatch = useRoundDispatch();
  const [report, setReport] = useState<RunReport>();
  const [running, setRunning] = useState(false);

  useEffect(() => {
    const id = readActiveRound()?.id;
    if (!id) return;
    let live = true;
    // Through then(): opening IndexedDB throws at once where there is none.
    void Promise.resolve()
      .then(() => runResults().load(roundScope(id)))
      .then((loaded) => {
        // A run finished meanwhile wins; an unreadable report is simply not shown (run again).
        if (live && loaded.ok && loaded.report) setReport((current) => current ?? loaded.report);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  const run = async () => {
    const round = readActiveRound();
    // One run at a time: a second Ctrl+Enter while tests run is ignored, not queued.
    if (!round || runnerBusy()) return;
    setRunning(true);
    // The candidate's own cases run after the visible ones (never at the reveal).
    const runnable = withCustomCases(problem, round.customCases ?? []);
    const result = await runOrReport(runnable, 'run', round.code, round.language);
    setRunning(false);
    setReport(result);
    void Promise.resolve()
      .then(() => runResults().save(roundScope(round.id), result))
      .catch(() => undefined);
    // What the code got on each of the candidate's cases, kept on the case in the round record.
    const custom = (round.customCases ?? []).flatMap((item, i) => {
      const test = result.tests.find((t) => t.name === customCaseName(i));
      if (!test) return [];
      return [
        {
          id: item.id,
          status: test.status,
          ...(test.actual === undefined ? {} : { actual: test.actual }),
        },
      ];
    });
    // Refused (and so not recorded) if the time ran out while the tests ran.
    dispatch({
      type: 'record-run',
      run: { mode: 'run', status: result.status, passed: result.passed, failed: result.failed },
      custom,
    });
  };

  return { report, running, run, stop: stopRun };
}
