import type { CodeLocation, ErrorInfo } from '../../runner/protocol';
import type { TestStatus } from '../../runner/run-report';
import { CASE_STATUS_TEXT } from '../../domain/problem/custom-case-text';

/** "line 3, column 7" — how every error location reads in the results. */
export function formatLocation(location: CodeLocation): string {
  return `line ${location.line}, column ${location.column}`;
}

/** "TypeError: x is undefined (line 3, column 7)". */
export function formatError(error: ErrorInfo): string {
  const where = error.location ? ` (${formatLocation(error.location)})` : '';
  return `${error.name}: ${error.message}${where}`;
}

/** Durations under 10 ms keep one decimal; longer ones are whole milliseconds. */
export function formatMs(ms: number): string {
  return ms < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`;
}

/** The badge text: status is always spelled out, colour only reinforces it. */
export const STATUS_LABEL: Record<TestStatus, string> = CASE_STATUS_TEXT;
