import type { CustomResult } from './custom-case.schema';
import type { Problem } from './problem.schema';

/** Longest rendering of one value in History, the report and the interviewer's view. */
export const CASE_TEXT_LIMIT = 500;

/** How a Run's result on a custom case reads ("Passed", "Timed out"…). */
export const CASE_STATUS_TEXT: Record<CustomResult['status'], string> = {
  pass: 'Passed',
  fail: 'Failed',
  error: 'Error',
  timeout: 'Timed out',
  stopped: 'Stopped',
  crashed: 'Crashed',
  'not-run': 'Not run',
  skipped: 'Skipped',
};

/** A JSON value (custom cases hold only JSON) as text, cut at `limit` characters. */
export function valueText(value: unknown, limit = CASE_TEXT_LIMIT): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length <= limit
    ? text
    : `${text.slice(0, limit)}… (${text.length - limit} more characters)`;
}

/** "nums = [2,7], target = 9" when the parameter names are known, else "[2,7], 9". */
export function argsText(args: readonly unknown[], params: readonly string[] = []): string {
  return args
    .map((arg, i) => (params[i] ? `${params[i]} = ${valueText(arg)}` : valueText(arg)))
    .join(', ');
}

/** The parameter names of a function problem, to label a custom case's arguments. */
export const paramNames = (problem: Pick<Problem, 'entry'> | null | undefined): string[] =>
  problem?.entry?.kind === 'function' ? problem.entry.params.map((p) => p.name) : [];
