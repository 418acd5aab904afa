import inspect from 'object-inspect';
import type { ReturnedValue } from '../protocol';
import { clone } from './intrinsics';
import { tooLargeDisplay, valueProblem } from './value-size';

/** A readable, bounded rendering of any value (circular, functions, Maps, Proxies…). */
export function formatValue(value: unknown): string {
  try {
    const text = inspect(value, { depth: 6, maxStringLength: 2000 });
    return text.length > 5000 ? `${text.slice(0, 5000)}…` : text;
  } catch {
    return '[value that cannot be displayed]';
  }
}

/**
 * Prepares a value returned by user code to cross a structured-clone boundary:
 * the clone when it can be compared on the trusted side (the trusted side renders it),
 * otherwise a bounded display string. Rendering is skipped for clonable values: for a
 * 100,000-item array it costs more than most solutions. Cycles and values over
 * RETURN_VALUE_LIMIT are summarised here, so they never reach (and freeze) the page.
 */
export function toReturned(value: unknown): ReturnedValue {
  const problem = valueProblem(value);
  if (problem?.kind === 'too-large')
    return { clonable: false, display: tooLargeDisplay(problem.size) };
  if (problem?.kind === 'cycle')
    return { clonable: false, display: `[a value that refers to itself] ${formatValue(value)}` };
  if (problem) return { clonable: false, display: formatValue(value) };
  try {
    return { clonable: true, value: clone(value) };
  } catch {
    return { clonable: false, display: formatValue(value) };
  }
}
