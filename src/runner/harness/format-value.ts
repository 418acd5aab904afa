import inspect from 'object-inspect';
import type { ReturnedValue } from '../protocol';
import { clone } from './intrinsics';

/** A readable, bounded rendering of any value (circular, functions, Maps, Proxies…). */
export function formatValue(value: unknown): string {
  try {
    const text = inspect(value, { depth: 6, maxStringLength: 2000 });
    return text.length > 5000 ? `${text.slice(0, 5000)}…` : text;
  } catch {
    return '[value that cannot be displayed]';
  }
}

function containsFunction(value: unknown, seen = new Set<unknown>()): boolean {
  if (typeof value === 'function') return true;
  if (value === null || typeof value !== 'object' || seen.has(value)) return false;
  seen.add(value);
  try {
    return Object.values(value).some((v) => containsFunction(v, seen));
  } catch {
    return true;
  }
}

/**
 * Prepares a value returned by user code to cross a structured-clone boundary:
 * the clone when possible (the trusted side renders it), otherwise a display
 * string. Rendering is skipped for clonable values: for a 100,000-item array it
 * costs more than most solutions.
 */
export function toReturned(value: unknown): ReturnedValue {
  if (containsFunction(value)) return { clonable: false, display: formatValue(value) };
  try {
    return { clonable: true, value: clone(value) };
  } catch {
    return { clonable: false, display: formatValue(value) };
  }
}
