import { useEffect, useState } from 'react';
import { getReferenceComplexity } from '../../content/problem-bank';
import { estimateConfusions, type Confusion } from '../../domain/history/estimate-confusions';
import { weeklyProgress, type WeekStats } from '../../domain/history/progress-stats';
import type { RoundSummary } from '../../domain/history/round-summary';
import { roundRecords } from '../../store/round-records';

export interface Calibration {
  /** Rounds with a revealed estimate. */
  judged: number;
  timeRight: number;
  spaceRight: number;
  confusions: Confusion[];
  weeks: WeekStats[];
}

export type CalibrationState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; data: Calibration };

/** Calibration figures of saved rounds (their summaries), given each problem's reference complexity. */
export function calibrationOf(
  rounds: readonly RoundSummary[],
  references: ReadonlyMap<string, { time: string; space: string }>,
): Calibration {
  // Revealed (the verdicts are set then) and not given up.
  const judged = rounds.filter((r) => r.timeVerdict !== null && r.outcome !== 'abandoned');
  return {
    judged: judged.length,
    timeRight: judged.filter((r) => r.timeVerdict === 'match').length,
    spaceRight: judged.filter((r) => r.spaceVerdict === 'match').length,
    confusions: estimateConfusions(rounds, (slug) => references.get(slug)),
    weeks: weeklyProgress(rounds, -new Date().getTimezoneOffset()),
  };
}

/** Loads the saved rounds and the reference complexity of their problems. */
export function useCalibrationData(): CalibrationState {
  const [state, setState] = useState<CalibrationState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    (async () => {
      // Summaries (~200 bytes a round), not the records: 1,000 rounds read in milliseconds.
      const { summaries: rounds } = await roundRecords().summaries();
      // From the bank's index: loading each problem's chunk (tests included) took seconds.
      const references = new Map<string, { time: string; space: string }>();
      for (const slug of new Set(rounds.map((r) => r.problemSlug))) {
        const reference = getReferenceComplexity(slug);
        if (reference) references.set(slug, reference);
      }
      if (live) setState({ status: 'ready', data: calibrationOf(rounds, references) });
    })().catch((error: unknown) => {
      if (live)
        setState({
          status: 'error',
          message: error instanceof Error ? error.message : String(error),
        });
    });
    return () => {
      live = false;
    };
  }, []);
  return state;
}
