import { PROBLEM_STATUS_LABEL, type ProblemStatus } from '../domain/practice/problem-status';

/** Solved / Attempted / Not tried as a word in a pill (the word carries the meaning, not the colour). */
export function ProblemStatusBadge({ status }: { status: ProblemStatus }) {
  return (
    <span className={`badge problem-status problem-status-${status}`}>
      {PROBLEM_STATUS_LABEL[status]}
    </span>
  );
}
