import { COMPLEXITY_LABELS } from '../problem/complexity';
import { describeOptimality, OPTIMALITY_LABEL, type OptimalityAnswer } from './optimality';
import {
  OWN_VERDICT_LABEL,
  type MeasuredClass,
  type SpaceAnswer,
  type TimeAnswer,
} from './own-code-verdict';
import type { OlderVerdict } from './verdict.schema';
import { OLDER_VERDICT_LABEL, type WorkVerdicts } from './work-verdicts';

/** "O(n²), 50 % confidence". */
export function describeMeasured(measured: MeasuredClass): string {
  return `${COMPLEXITY_LABELS[measured.cls]}, ${Math.round(measured.confidence * 100)} % confidence`;
}

/** Question 1 for time in one line: the verdict and what decided it. */
export function timeText(answer: TimeAnswer): string {
  if (answer.by === 'measurement')
    return `${OWN_VERDICT_LABEL[answer.verdict]} (measured ${describeMeasured(answer.measured)})`;
  const scored = answer.verdict
    ? `${OWN_VERDICT_LABEL[answer.verdict]} (your own score)`
    : 'Not scored yet';
  return `${scored} — the measurement is inconclusive: ${answer.why}`;
}

/** Question 1 for space in one line. */
export function spaceText(answer: SpaceAnswer): string {
  return answer.verdict
    ? `${OWN_VERDICT_LABEL[answer.verdict]} (your own score; space is not measured)`
    : 'Not scored (space is not measured)';
}

/** Question 2 in one line, with the reference's reasoning. */
export function optimalityText(answer: OptimalityAnswer): string {
  if (!answer.known) return `Cannot tell — ${answer.why}`;
  return `${OPTIMALITY_LABEL[answer.optimality]}: ${describeOptimality(answer)}. Reference: ${answer.why}`;
}

/** An older round's (or assessment's) verdict, labelled as what it was. */
export function olderText(verdict: OlderVerdict['time'], what = 'round'): string {
  return `${OLDER_VERDICT_LABEL[verdict]} — against the reference (older ${what})`;
}

/**
 * The verdicts in short lines for tables and lists: question 1 for time and space, then question
 * 2; or an older record's verdict; nothing before the reveal.
 */
export function verdictLines(verdicts: WorkVerdicts, what = 'round'): string[] {
  if (!verdicts) return [];
  if (verdicts.kind === 'older')
    return [
      `Time: ${olderText(verdicts.older.time, what)}`,
      `Space: ${olderText(verdicts.older.space, what)}`,
    ];
  return [
    `Time: ${timeText(verdicts.time)}`,
    `Space: ${spaceText(verdicts.space)}`,
    `As good as it gets? ${optimalityText(verdicts.optimality)}`,
  ];
}
