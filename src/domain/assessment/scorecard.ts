import type { SelfScore } from '../round/round.schema';
import type { WorkVerdicts } from '../verdict/work-verdicts';
import { problemVerdicts } from './assessment-verdicts';
import { elapsedMs, timeSpentMs } from './assessment-timer';
import type { Assessment } from './assessment.schema';

export interface PassCount {
  passed: number;
  total: number;
}

export interface ProblemScore {
  slug: string;
  visible: PassCount;
  hidden: PassCount;
  /** Every test, visible and hidden, passed. */
  solved: boolean;
  timeSpentMs: number;
  runs: number;
  /** Is the estimate right about the code, and is the code as good as it gets (domain/verdict). */
  verdicts: WorkVerdicts;
  selfScore: SelfScore | null;
}

export interface Scorecard {
  problems: ProblemScore[];
  totals: {
    visible: PassCount;
    hidden: PassCount;
    all: PassCount;
    solved: number;
    runs: number;
    timeSpentMs: number;
  };
  /** Assessment time used (capped at the duration). */
  timeUsedMs: number;
  pasteAttempts: { count: number; atMs: number[] };
  focusLosses: { count: number; atMs: number[]; awayMs: number };
}

const add = (a: PassCount, b: PassCount): PassCount => ({
  passed: a.passed + b.passed,
  total: a.total + b.total,
});
const NONE: PassCount = { passed: 0, total: 0 };

/** The numbers shown after the reveal; a problem without results counts as 0 of 0. */
export function scorecard(a: Assessment, now: number): Scorecard {
  const problems = a.problems.map((p, i): ProblemScore => {
    const visible = p.result?.visible ?? NONE;
    const hidden = p.result?.hidden ?? NONE;
    const all = add(visible, hidden);
    return {
      slug: p.slug,
      visible,
      hidden,
      solved: p.result !== null && all.total > 0 && all.passed === all.total,
      timeSpentMs: timeSpentMs(a, i, now),
      runs: p.runs.length,
      verdicts: problemVerdicts(p),
      selfScore: p.selfScore,
    };
  });
  const visible = problems.reduce((sum, p) => add(sum, p.visible), NONE);
  const hidden = problems.reduce((sum, p) => add(sum, p.hidden), NONE);
  // Capped like a round's: an assessment ended late (a closed tab) cannot have used more than it had.
  const timeUsedMs = Math.min(elapsedMs(a, now), a.durationMs);
  return {
    problems,
    totals: {
      visible,
      hidden,
      all: add(visible, hidden),
      solved: problems.filter((p) => p.solved).length,
      runs: problems.reduce((sum, p) => sum + p.runs, 0),
      timeSpentMs: problems.reduce((sum, p) => sum + p.timeSpentMs, 0),
    },
    timeUsedMs,
    pasteAttempts: { count: a.pasteAttempts.length, atMs: a.pasteAttempts.map((x) => x.atMs) },
    focusLosses: {
      count: a.focusLosses.length,
      atMs: a.focusLosses.map((x) => x.atMs),
      // A loss still open counts up to the current assessment time.
      awayMs: a.focusLosses.reduce((sum, x) => sum + ((x.backAtMs ?? timeUsedMs) - x.atMs), 0),
    },
  };
}
