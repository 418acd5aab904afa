import {
  CUSTOM_ACTUAL_MAX_CHARS,
  type CustomResult,
  type RoundCustomCase,
} from '../problem/custom-case.schema';

/** What one Run got on one of the round's custom cases (matched by the case's id). */
export interface CaseOutcome {
  id: string;
  status: CustomResult['status'];
  actual?: string;
}

/** The returned value as a round keeps it: at most CUSTOM_ACTUAL_MAX_CHARS, then "…". */
export function keptActual(actual: string): string {
  return actual.length <= CUSTOM_ACTUAL_MAX_CHARS
    ? actual
    : `${actual.slice(0, CUSTOM_ACTUAL_MAX_CHARS)}…`;
}

/**
 * The round's custom cases after a Run at round time `atMs`: each case the Run reported on keeps
 * that result as its last; a case the Run did not include (added since) keeps the one it had.
 */
export function withRunResults(
  cases: readonly RoundCustomCase[] | undefined,
  outcomes: readonly CaseOutcome[],
  atMs: number,
): RoundCustomCase[] | undefined {
  if (!cases) return undefined;
  const byId = new Map(outcomes.map((o) => [o.id, o]));
  return cases.map((item) => {
    const outcome = byId.get(item.id);
    if (!outcome) return item;
    const last: CustomResult = { status: outcome.status, atMs };
    if (outcome.actual !== undefined) last.actual = keptActual(outcome.actual);
    return { ...item, last };
  });
}
