import { COMPLEXITY_CLASSES, COMPLEXITY_LABELS, parseComplexity } from '../problem/complexity';
import type { ComplexityClass } from '../problem/complexity';
import { codeFails, measuredClassOf, MIN_CONFIDENCE, type VerdictFacts } from './own-code-verdict';
import type { Optimality } from './verdict.schema';

export type OptimalityAnswer =
  | {
      known: true;
      optimality: Optimality;
      yours: ComplexityClass;
      reference: ComplexityClass;
      /** The reference's reasoning for its time complexity. */
      why: string;
    }
  | { known: false; why: string };

export const OPTIMALITY_LABEL: Record<Optimality, string> = {
  optimal: 'Optimal',
  'one-slower': 'One class slower than optimal',
  slower: 'Slower than optimal',
};

/**
 * Question 2: is the candidate's code as good as it gets? Its measured time class against the
 * reference's (the class its measurement should show: `measuredAs`, else `time`). A class below
 * the reference's (timing noise, or a small input range) counts as optimal.
 */
export function judgeOptimality(
  facts: Pick<VerdictFacts, 'reference' | 'growth' | 'result'>,
): OptimalityAnswer {
  const { reference } = facts;
  const refClass = parseComplexity(reference.measuredAs ?? reference.time);
  if (reference.measuredException)
    return { known: false, why: `Timing cannot settle it: ${reference.measuredException}` };
  if (!refClass)
    return {
      known: false,
      why: `The reference (${reference.time}) has more than one variable; one growing input cannot compare it.`,
    };
  if (codeFails(facts.result))
    return { known: false, why: 'Your code does not pass the tests yet.' };
  const measured = measuredClassOf(facts.growth);
  if (!measured) return { known: false, why: 'Your code’s growth was not measured.' };
  if (measured.confidence < MIN_CONFIDENCE)
    return {
      known: false,
      why: `The measurement is not sure enough (${Math.round(measured.confidence * 100)} % confidence).`,
    };
  const gap = COMPLEXITY_CLASSES.indexOf(measured.cls) - COMPLEXITY_CLASSES.indexOf(refClass);
  return {
    known: true,
    optimality: gap <= 0 ? 'optimal' : gap === 1 ? 'one-slower' : 'slower',
    yours: measured.cls,
    reference: refClass,
    why: reference.timeReason,
  };
}

/** "O(n²) against the reference's O(n)". */
export function describeOptimality(answer: Extract<OptimalityAnswer, { known: true }>): string {
  return `Your code ${COMPLEXITY_LABELS[answer.yours]} against the reference’s ${COMPLEXITY_LABELS[answer.reference]}`;
}
