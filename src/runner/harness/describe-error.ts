import type { ErrorInfo } from '../protocol';
import { locateInStack } from './compile';
import { formatValue } from './format-value';

/** Matchers colour their messages for terminals; the results panel shows plain text. */
// eslint-disable-next-line no-control-regex -- matches the ESC of ANSI colour codes
const ANSI = /\u001b\[[0-9;]*m/g;

function read(source: unknown, key: string): unknown {
  try {
    return (source as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

/**
 * Describes anything user code threw (an Error, null, a string, an object with
 * throwing getters…) without letting the description itself throw.
 */
export function describeThrown(thrown: unknown): ErrorInfo {
  if (
    thrown instanceof Error ||
    (typeof thrown === 'object' && thrown !== null && 'stack' in thrown)
  ) {
    const name = String(read(thrown, 'name') ?? 'Error');
    let message = String(read(thrown, 'message') ?? '').replace(ANSI, '');
    if (name === 'RangeError' && /call stack/i.test(message)) {
      message += ' — recursion too deep (infinite recursion, or a depth the stack cannot hold)';
    }
    const location = locateInStack(read(thrown, 'stack'));
    return location
      ? { kind: 'runtime', name, message, location }
      : { kind: 'runtime', name, message };
  }
  return {
    kind: 'runtime',
    name: 'Thrown value',
    message: `threw a non-Error value: ${formatValue(thrown)}`,
  };
}
