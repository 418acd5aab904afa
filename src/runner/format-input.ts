import type { Problem } from '../domain/problem/problem.schema';

/** JSON-ish display that keeps undefined, NaN, Infinity and -0 visible. */
export function displayJson(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (Object.is(value, -0)) return '-0';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
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
  return args.map((arg, i) => `${entry.params[i]?.name ?? `arg${i}`} = ${displayJson(arg)}`).join(', ');
}
