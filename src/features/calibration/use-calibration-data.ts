import { useEffect, useState } from 'react';
import { loadProblem } from '../../content/problem-bank';
import { estimateConfusions, type Confusion } from '../../domain/history/estimate-confusions';
import { weeklyProgress, type WeekStats } from '../../domain/history/progress-stats';
import { summarizeRound } from '../../domain/history/round-summary';
import type { Round } from '../../domain/round/round.schema';
import { roundRecords } from '../../store/round-records';

export interface Calibration {
  /** Rounds with a revealed estimate. */
  judged: number;
  timeRight: number;
  spaceRight: number;
  confusions: Confusion[];
  weeks: WeekStats[];
}

export type CalibrationState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; data: Calibration };

/** Calibration figures of saved rounds, given each problem's reference complexity. */
export function calibrationOf(rounds: readonly Round[], references: ReadonlyMap<string, { time: string; space: string }>): Calibration {
  const judged = rounds.filter((r) => r.reveal && r.abandonedAt === null);
  return {
    judged: judged.length,
    timeRight: judged.filter((r) => r.reveal?.timeVerdict === 'match').length,
    spaceRight: judged.filter((r) => r.reveal?.spaceVerdict === 'match').length,
    confusions: estimateConfusions(rounds, (slug) => references.get(slug)),
    weeks: weeklyProgress(rounds.map(summarizeRound), -new Date().getTimezoneOffset()),
  };
}

/** Loads the saved rounds and the reference complexity of their problems. */
export function useCalibrationData(): CalibrationState {
  const [state, setState] = useState<CalibrationState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    (async () => {
      const { rounds } = await roundRecords().list();
      const slugs = [...new Set(rounds.map((r) => r.problemSlug))];
      const references = new Map<string, { time: string; space: string }>();
      await Promise.all(
        slugs.map(async (slug) => {
          const problem = await loadProblem(slug);
          if (problem) references.set(slug, problem.complexity);
        }),
      );
      if (live) setState({ status: 'ready', data: calibrationOf(rounds, references) });
    })().catch((error: unknown) => {
      if (live) setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
    });
    return () => {
      live = false;
    };
  }, []);
  return state;
}
