import { isArray } from './intrinsics';

/** Most values (array slots, object properties, Map and Set entries) a returned value may hold. */
export const RETURN_VALUE_LIMIT = 500_000;

export type ValueProblem =
  | { kind: 'function' }
  | { kind: 'cycle' }
  | { kind: 'too-large'; size: string }
  | { kind: 'unreadable' };

const mapValues = Map.prototype.values;
const setValues = Set.prototype.values;

/**
 * Checks, without recursion and within RETURN_VALUE_LIMIT steps, whether a returned value can
 * be sent to the trusted side and compared there: no functions, no cycles, not too large (a
 * sparse array's length counts in full, so `new Array(2 ** 32 - 1)` is too large at once).
 */
export function valueProblem(root: unknown, limit = RETURN_VALUE_LIMIT): ValueProblem | null {
  const onPath = new Set<object>();
  const done = new Set<object>();
  const stack: { value: unknown; exit: boolean }[] = [{ value: root, exit: false }];
  let count = 0;
  try {
    while (stack.length > 0) {
      const { value, exit } = stack.pop() as { value: unknown; exit: boolean };
      if (typeof value === 'function') return { kind: 'function' };
      if (value === null || typeof value !== 'object') continue;
      if (exit) {
        onPath.delete(value);
        done.add(value);
        continue;
      }
      if (onPath.has(value)) return { kind: 'cycle' };
      if (done.has(value)) continue;
      onPath.add(value);
      stack.push({ value, exit: true });
      let children: unknown[];
      if (isArray(value)) {
        count += value.length;
        if (count > limit) return { kind: 'too-large', size: `an array of length ${value.length}` };
        children = value as unknown[];
      } else if (value instanceof Map) {
        children = [...mapValues.call(value)];
        for (const key of value.keys()) children.push(key);
      } else if (value instanceof Set) {
        children = [...setValues.call(value)];
      } else {
        children = Object.values(value);
      }
      if (!isArray(value)) count += children.length;
      if (count > limit) return { kind: 'too-large', size: `over ${limit} values` };
      for (let i = 0; i < children.length; i += 1) stack.push({ value: children[i], exit: false });
    }
  } catch {
    return { kind: 'unreadable' };
  }
  return null;
}
