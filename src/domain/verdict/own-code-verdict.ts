import { COMPLEXITY_CLASSES, COMPLEXITY_LABELS, parseComplexity } from '../problem/complexity';
import type { ComplexityClass } from '../problem/complexity';
import type { EstimateScore, OwnVerdict, ReferenceSnapshot } from './verdict.schema';

/**
 * Below this confidence the fitted class is a guess, not evidence: the verdict is left to the
 * candidate. The confidence is relative (how clearly the best class beats the runner-up), and on
 * a busy machine a clear O(n²) curve often scores 0.2–0.4, hence a low bar.
 */
export const MIN_CONFIDENCE = 0.2;

/** Why the measurement cannot answer question 1; the candidate's own score decides then. */
export type InconclusiveReason =
  | 'not-measured'
  | 'measurement-failed'
  | 'low-confidence'
  | 'code-fails'
  | 'multi-variable'
  | 'measurement-exception';

/** What a round (or an assessment problem) keeps of a growth measurement. */
export interface MeasuredGrowth {
  best: string | null;
  confidence: number;
  reason?: string;
}

/** What question 1 and question 2 are answered from. */
export interface VerdictFacts {
  estimate: { time: string; space: string };
  reference: ReferenceSnapshot;
  /** The final code's test results (hidden tests included). */
  result: { passed: number; failed: number; status: string };
  /** The growth of the candidate's code; null or undefined while not measured. */
  growth: MeasuredGrowth | null | undefined;
  score?: EstimateScore | undefined;
}

/** The measured class of the candidate's code with its confidence. */
export interface MeasuredClass {
  cls: ComplexityClass;
  confidence: number;
}

export type TimeAnswer =
  | { by: 'measurement'; verdict: OwnVerdict; measured: MeasuredClass }
  | {
      by: 'self-score';
      verdict: OwnVerdict | null;
      reason: InconclusiveReason;
      /** Why the measurement does not decide, in a sentence. */
      why: string;
      measured?: MeasuredClass;
    };

export interface SpaceAnswer {
  by: 'self-score';
  verdict: OwnVerdict | null;
  /** How space was (not) measured. */
  why: string;
}

/** Why space is never measured: said wherever the space verdict is shown. */
export const SPACE_NOT_MEASURED =
  'Space is not measured: the browser gives no per-call memory figure a page can trust (the heap counts everything on the page, and garbage collection runs when it likes), so your own score decides, with the reference’s space beside it.';

/** Distance between two classes in the ordered list: 0 right, 1 close, more wrong. */
export function ownVerdictOf(said: ComplexityClass, actual: ComplexityClass): OwnVerdict {
  const distance = Math.abs(COMPLEXITY_CLASSES.indexOf(said) - COMPLEXITY_CLASSES.indexOf(actual));
  return distance === 0 ? 'right' : distance === 1 ? 'close' : 'wrong';
}

/** "Your code failed" for measuring: wrong answers, an error or a crash (a time-out is just slow). */
export function codeFails(result: VerdictFacts['result']): boolean {
  if (result.status === 'compile-error' || result.status === 'crashed') return true;
  return result.status !== 'timeout' && result.failed > 0;
}

/** The measured class, when the measurement gave one that is a known class. */
export function measuredClassOf(growth: VerdictFacts['growth']): MeasuredClass | undefined {
  const cls = growth?.best ? parseComplexity(`O(${growth.best})`) : null;
  return cls && growth ? { cls, confidence: growth.confidence } : undefined;
}

type Blocker = { reason: InconclusiveReason; why: string };

/** The first reason the measurement cannot judge the estimate, if any (most basic first). */
function blocker(facts: VerdictFacts): Blocker | null {
  const { reference, estimate, growth } = facts;
  if (reference.measuredException) {
    return {
      reason: 'measurement-exception',
      why: `Timing cannot settle it for this problem: ${reference.measuredException}`,
    };
  }
  if (!parseComplexity(reference.measuredAs ?? reference.time)) {
    return {
      reason: 'multi-variable',
      why: `This problem’s complexity (${reference.time}) has more than one variable; timing one growing input cannot tell them apart.`,
    };
  }
  if (!parseComplexity(estimate.time)) {
    return {
      reason: 'multi-variable',
      why: `Your estimate (${estimate.time.trim()}) is not one of the one-variable classes a measurement can tell apart.`,
    };
  }
  if (codeFails(facts.result)) {
    return {
      reason: 'code-fails',
      why: 'Your code does not pass the tests, so its timings say little about the solution you meant.',
    };
  }
  if (!growth) {
    return { reason: 'not-measured', why: 'Your code’s growth was not measured.' };
  }
  const measured = measuredClassOf(growth);
  if (!measured) {
    return {
      reason: 'measurement-failed',
      why: `The measurement gave no class: ${growth.reason ?? 'unknown reason'}.`,
    };
  }
  if (measured.confidence < MIN_CONFIDENCE) {
    return {
      reason: 'low-confidence',
      why: `The measurement is not sure: likely ${COMPLEXITY_LABELS[measured.cls]}, but only ${Math.round(measured.confidence * 100)} % confidence.`,
    };
  }
  return null;
}

/**
 * Question 1 for time: the estimate against the measured growth of the candidate's own code.
 * When the measurement cannot decide (see InconclusiveReason) it says why and the candidate's own
 * score stands in (null until given).
 */
export function judgeTime(facts: VerdictFacts): TimeAnswer {
  const measured = measuredClassOf(facts.growth);
  const blocked = blocker(facts);
  if (blocked || !measured) {
    const { reason, why } = blocked ?? { reason: 'not-measured', why: '' };
    return {
      by: 'self-score',
      verdict: facts.score?.time ?? null,
      reason,
      why,
      ...(measured ? { measured } : {}),
    };
  }
  const said = parseComplexity(facts.estimate.time) as ComplexityClass;
  return { by: 'measurement', verdict: ownVerdictOf(said, measured.cls), measured };
}

/** Question 1 for space: never measured (SPACE_NOT_MEASURED), so the candidate's own score. */
export function judgeSpace(facts: Pick<VerdictFacts, 'score'>): SpaceAnswer {
  return { by: 'self-score', verdict: facts.score?.space ?? null, why: SPACE_NOT_MEASURED };
}

export const OWN_VERDICT_LABEL: Record<OwnVerdict, string> = {
  right: 'Right about your code',
  close: 'One class off about your code',
  wrong: 'Wrong about your code',
};
