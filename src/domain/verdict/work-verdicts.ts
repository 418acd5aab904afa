import type { Problem } from '../problem/problem.schema';
import { judgeOptimality, type OptimalityAnswer } from './optimality';
import {
  judgeSpace,
  judgeTime,
  type MeasuredGrowth,
  type SpaceAnswer,
  type TimeAnswer,
} from './own-code-verdict';
import type { EstimateScore, OlderVerdict, ReferenceSnapshot } from './verdict.schema';

/** What the verdicts need of a round (or of one assessment problem) once it is revealed. */
export interface JudgedWork {
  estimate: { time: string; space: string } | null;
  reveal: {
    passed: number;
    failed: number;
    status: string;
    reference?: ReferenceSnapshot | undefined;
    estimateScore?: EstimateScore | undefined;
    olderVerdict?: OlderVerdict | undefined;
  } | null;
  growth?: MeasuredGrowth | null | undefined;
}

/** Both questions answered, or the verdict an older round kept, or nothing before the reveal. */
export type WorkVerdicts =
  | { kind: 'current'; time: TimeAnswer; space: SpaceAnswer; optimality: OptimalityAnswer }
  | { kind: 'older'; older: OlderVerdict }
  | null;

/** The verdicts of a revealed round or assessment problem, derived (never stored twice). */
export function verdictsOf(work: JudgedWork): WorkVerdicts {
  const { reveal, estimate } = work;
  if (!reveal || !estimate) return null;
  if (!reveal.reference)
    return reveal.olderVerdict ? { kind: 'older', older: reveal.olderVerdict } : null;
  const facts = {
    estimate,
    reference: reveal.reference,
    result: reveal,
    growth: work.growth,
    score: reveal.estimateScore,
  };
  return {
    kind: 'current',
    time: judgeTime(facts),
    space: judgeSpace(facts),
    optimality: judgeOptimality(facts),
  };
}

/** The reference a reveal keeps: the problem's complexity as the bank has it now. */
export function snapshotReference(complexity: Problem['complexity']): ReferenceSnapshot {
  return {
    time: complexity.time,
    space: complexity.space,
    timeReason: complexity.timeReason,
    spaceReason: complexity.spaceReason,
    ...(complexity.measuredAs ? { measuredAs: complexity.measuredAs } : {}),
    ...(complexity.measuredException ? { measuredException: complexity.measuredException } : {}),
  };
}

export const OLDER_VERDICT_LABEL = {
  match: 'Match',
  'off-by-one': 'Off by one class',
  wrong: 'Wrong',
} as const;
