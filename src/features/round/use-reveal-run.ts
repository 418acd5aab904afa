import { useCallback, useState } from 'react';
import type { Problem } from '../../domain/problem/problem.schema';
import type { RunReport } from '../../runner/run-report';
import { snapshotReference } from '../../domain/verdict/work-verdicts';
import { runOrReport } from '../../runner/client/run-or-report';
import { readActiveRound, useRoundDispatch } from './use-round-store';

export interface RevealRun {
  /** The Submit report of the final code (kept in memory; the round keeps its counts). */
  report: RunReport | undefined;
  running: boolean;
  /** Runs every test on the final code, then moves the round to the reveal. */
  reveal: () => Promise<void>;
  /** Runs them again to show the details after a reload (the round already has the counts). */
  rerun: () => Promise<void>;
}

/** The reveal's Submit run: all tests, hidden ones included, on the code that counts. */
export function useRevealRun(problem: Problem): RevealRun {
  const dispatch = useRoundDispatch();
  const [report, setReport] = useState<RunReport>();
  const [running, setRunning] = useState(false);

  const submit = useCallback(async (): Promise<RunReport | null> => {
    const round = readActiveRound();
    if (!round) return null;
    setRunning(true);
    try {
      const result = await runOrReport(problem, 'submit', round.code, round.language);
      setReport(result);
      return result;
    } finally {
      setRunning(false);
    }
  }, [problem]);

  const reveal = useCallback(async () => {
    const result = await submit();
    if (!result) return;
    dispatch({
      type: 'reveal',
      result: { passed: result.passed, failed: result.failed, status: result.status },
      reference: snapshotReference(problem.complexity),
    });
  }, [submit, dispatch, problem]);

  const rerun = useCallback(async () => {
    await submit();
  }, [submit]);

  return { report, running, reveal, rerun };
}
