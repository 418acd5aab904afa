import { useEffect, useState } from 'react';
import type { Assessment } from '../../domain/assessment/assessment.schema';
import { summarizeAssessments } from '../../domain/history/assessment-summary';
import { timeAccuracyByClass, type ClassAccuracy } from '../../domain/history/estimate-accuracy';
import { estimateConfusions, type Confusion } from '../../domain/history/estimate-confusions';
import { weeklyProgress, type WeekStats } from '../../domain/history/progress-stats';
import type { RoundSummary } from '../../domain/history/round-summary';
import { assessmentRecords } from '../../store/assessment-records';
import { roundRecords } from '../../store/round-records';

export interface Calibration {
  /** Rounds whose time estimate was judged about the candidate's own code (measured or self-scored). */
  timeJudged: number;
  timeRight: number;
  /** Rounds whose space estimate was self-scored (space is never measured). */
  spaceJudged: number;
  spaceRight: number;
  /** Rounds (and assessment problems) revealed before verdicts were about the candidate's code: not counted. */
  older: number;
  /** Problems of saved assessments among the figures, each counted like a round. */
  assessmentProblems: number;
  assessments: number;
  confusions: Confusion[];
  /** Time estimates right per measured class of the candidate's code. */
  byClass: ClassAccuracy[];
  weeks: WeekStats[];
}

export type CalibrationState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; data: Calibration };

/**
 * Calibration figures of saved rounds (their summaries) and of every problem of the saved
 * assessments (summarizeAssessments): only "is your estimate right about your code?" counts,
 * never the comparison with the reference.
 */
export function calibrationOf(
  rounds: readonly RoundSummary[],
  assessments: readonly Assessment[] = [],
): Calibration {
  const problems = summarizeAssessments(assessments);
  const all = [...rounds, ...problems];
  const counted = all.filter((r) => r.outcome !== 'abandoned');
  const time = counted.filter((r) => r.timeOwn !== null);
  const space = counted.filter((r) => r.spaceOwn !== null);
  return {
    timeJudged: time.length,
    timeRight: time.filter((r) => r.timeOwn === 'right').length,
    spaceJudged: space.length,
    spaceRight: space.filter((r) => r.spaceOwn === 'right').length,
    older: counted.filter((r) => r.olderVerdict !== null).length,
    assessmentProblems: problems.length,
    assessments: new Set(problems.map((p) => p.assessmentId)).size,
    confusions: estimateConfusions(counted),
    byClass: timeAccuracyByClass(counted),
    weeks: weeklyProgress(all, -new Date().getTimezoneOffset()),
  };
}

/** Loads the saved rounds' summaries (the verdicts are in them) and the saved assessments. */
export function useCalibrationData(): CalibrationState {
  const [state, setState] = useState<CalibrationState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    (async () => {
      // Summaries (~200 bytes a round), not the records: 1,000 rounds read in milliseconds.
      const [{ summaries: rounds }, { assessments }] = await Promise.all([
        roundRecords().summaries(),
        // Without them Calibration still shows the rounds.
        Promise.resolve()
          .then(() => assessmentRecords().list())
          .catch(() => ({ assessments: [] })),
      ]);
      if (live) setState({ status: 'ready', data: calibrationOf(rounds, assessments) });
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
