import { isArray } from './intrinsics';

/** Most values (array slots, object properties, Map and Set entries) a returned value may hold. */
export const RETURN_VALUE_LIMIT = 500_000;
/**
 * Most characters the strings of a returned value may hold in all (keys included). The bank's
 * largest expected answer holds 300,000; a 5,000,000-character string blocked the page for
 * ~250 ms between copying, comparing and diffing it.
 */
export const RETURN_CHARS_LIMIT = 2_000_000;
/**
 * Most objects (arrays, objects, Maps, Sets) plus object and Map keys a returned value may
 * hold. Copying them is what costs the page: in Chromium, receiving an object with 200,000
 * keys blocked the page for ~520 ms and 250,000 pairs for ~300 ms, while 500,000 numbers in
 * one array cost under 50 ms. The bank's largest expected answer holds ~3,000 objects.
 */
export const RETURN_OBJECTS_LIMIT = 50_000;

export type ValueProblem =
  | { kind: 'function' }
  | { kind: 'cycle' }
  | { kind: 'too-large'; size: string }
  | { kind: 'unreadable' };

const TOO_LARGE = '[too large to compare: ';

/** What the results show in place of a value too large to compare. */
export const tooLargeDisplay = (size: string) => `${TOO_LARGE}${size}]`;

/** Whether a display stands for a value too large to compare. */
export const isTooLargeDisplay = (display: string) => display.startsWith(TOO_LARGE);

/** Why such a value failed, for the results. */
export const TOO_LARGE_REASON =
  `The returned value is too large to compare: an answer may hold at most ${RETURN_VALUE_LIMIT.toLocaleString('en-US')} values, ` +
  `${RETURN_OBJECTS_LIMIT.toLocaleString('en-US')} objects and keys, and ${RETURN_CHARS_LIMIT.toLocaleString('en-US')} characters.`;

const mapValues = Map.prototype.values;
const setValues = Set.prototype.values;

/**
 * Checks, without recursion and within RETURN_VALUE_LIMIT steps, whether a returned value can
 * be sent to the trusted side and compared there: no functions, no cycles, not too large (a
 * sparse array's length counts in full, so `new Array(2 ** 32 - 1)` is too large at once; the
 * characters of all its strings and keys count against RETURN_CHARS_LIMIT; its objects and
 * keys against RETURN_OBJECTS_LIMIT).
 */
export function valueProblem(
  root: unknown,
  limit = RETURN_VALUE_LIMIT,
  charsLimit = RETURN_CHARS_LIMIT,
  objectsLimit = RETURN_OBJECTS_LIMIT,
): ValueProblem | null {
  const onPath = new Set<object>();
  const done = new Set<object>();
  const stack: { value: unknown; exit: boolean }[] = [{ value: root, exit: false }];
  let count = 0;
  let chars = 0;
  let objects = 0;
  const tooManyChars = (text: string) => {
    chars += text.length;
    return chars > charsLimit;
  };
  const charsProblem = (): ValueProblem => ({
    kind: 'too-large',
    size: `strings of over ${charsLimit} characters in all`,
  });
  try {
    while (stack.length > 0) {
      const { value, exit } = stack.pop() as { value: unknown; exit: boolean };
      if (typeof value === 'function') return { kind: 'function' };
      if (typeof value === 'string' && tooManyChars(value)) return charsProblem();
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
      objects += 1;
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
        const keys = Object.keys(value);
        for (let i = 0; i < keys.length; i += 1)
          if (tooManyChars(keys[i] as string)) return charsProblem();
        children = Object.values(value);
      }
      if (!isArray(value)) {
        count += children.length;
        // Object keys, and a Map's keys (the second half of its children).
        if (!(value instanceof Set))
          objects += value instanceof Map ? children.length / 2 : children.length;
      }
      if (count > limit) return { kind: 'too-large', size: `over ${limit} values` };
      if (objects > objectsLimit)
        return { kind: 'too-large', size: `over ${objectsLimit} objects and keys` };
      for (let i = 0; i < children.length; i += 1) stack.push({ value: children[i], exit: false });
    }
  } catch {
    return { kind: 'unreadable' };
  }
  return null;
}
