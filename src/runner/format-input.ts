import { countNodes } from '../domain/judge/value-size';
import type { Problem } from '../domain/problem/problem.schema';
import { boundedJson } from './bounded-json';

/** Longest rendering kept for a value: results of large tests stay readable and cheap to diff. */
export const DISPLAY_LIMIT = 3000;

function bounded(text: string, limit: number): string {
  return text.length <= limit
    ? text
    : `${text.slice(0, limit)}… (${text.length - limit} more characters)`;
}

/** JSON-ish display that keeps undefined, NaN, Infinity and -0 visible, cut at `limit` characters. */
export function displayJson(value: unknown, limit = DISPLAY_LIMIT): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (Object.is(value, -0)) return '-0';
  // Small plain values print exactly as JSON.stringify does; anything larger (or cyclic,
  // sparse, BigInt) is written only up to the limit.
  if (countNodes(value, limit) <= limit) {
    try {
      return bounded(JSON.stringify(value) ?? String(value), limit);
    } catch {
      /* a cycle or a BigInt: written below */
    }
  }
  const { text, cut } = boundedJson(value, limit);
  return cut ? `${text}… (cut at ${limit} characters)` : text;
}

/** "nums = [2,7,11,15], target = 9", or the call list for class problems. */
export function formatInput(entry: Problem['entry'], args: unknown[]): string {
  if (entry.kind === 'class') {
    return (args as unknown[][])
      .map((call, i) => {
        const [name, ...rest] = call as [string, ...unknown[]];
        const list = rest.map(displayJson).join(', ');
        return i === 0 ? `new ${name}(${list})` : `.${name}(${list})`;
      })
      .join('\n');
  }
  return args
    .map((arg, i) => `${entry.params[i]?.name ?? `arg${i}`} = ${displayJson(arg)}`)
    .join(', ');
}
