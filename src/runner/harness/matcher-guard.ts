import { AsymmetricMatcher } from '@vitest/expect';
import { HarnessError, isArray } from './intrinsics';

const { getPrototypeOf } = Object;
const mapValues = Map.prototype.values;
const setValues = Set.prototype.values;

function isGenuine(value: object): boolean {
  for (let p: unknown = getPrototypeOf(value); p; p = getPrototypeOf(p)) {
    if (p === AsymmetricMatcher.prototype) return true;
  }
  return false;
}

/**
 * Whether a value under test holds an object that Jest's equality would take for an
 * asymmetric matcher (anything with an `asymmetricMatch` function) without being one of the
 * spec library's own: `toEqual` would ask that object whether it matches, so solution code
 * returning `{ asymmetricMatch: () => true }` could pass any comparison. Walks the whole
 * value (arrays, objects, Map and Set contents), once per object.
 */
export function holdsForeignMatcher(root: unknown): boolean {
  const seen = new Set<object>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) continue;
    const object = value as object;
    if (seen.has(object)) continue;
    seen.add(object);
    try {
      if (typeof value === 'object' && 'asymmetricMatch' in object && !isGenuine(object))
        return true;
      if (typeof value === 'function') {
        // A spy: the calls and results solution code gave it are compared too.
        const mock = (value as { mock?: { calls?: unknown; results?: unknown } }).mock;
        if (mock) stack.push(mock.calls, mock.results);
        continue;
      }
      if (value instanceof Map) for (const v of mapValues.call(value)) stack.push(v);
      else if (value instanceof Set) for (const v of setValues.call(value)) stack.push(v);
      if (isArray(value)) for (let i = 0; i < value.length; i += 1) stack.push(value[i]);
      else
        for (const key of Object.keys(object)) stack.push((object as Record<string, unknown>)[key]);
    } catch {
      // A throwing getter or proxy trap: treat it as an attempt to hide something.
      return true;
    }
  }
  return false;
}

/** The Jest matchers that compare the value under test with Jest's equality. */
const EQUALITY_MATCHERS = [
  'toEqual',
  'toStrictEqual',
  'toMatchObject',
  'toContainEqual',
  'toHaveProperty',
  'toHaveBeenCalledWith',
  'toBeCalledWith',
  'toHaveBeenCalledExactlyOnceWith',
  'toHaveBeenNthCalledWith',
  'toHaveBeenLastCalledWith',
  'toHaveReturnedWith',
  'toReturnWith',
  'toHaveResolvedWith',
  'toHaveLastReturnedWith',
  'toHaveLastResolvedWith',
  'toHaveNthReturnedWith',
  'toHaveNthResolvedWith',
] as const;

interface ChaiLike {
  Assertion: { prototype: object };
  util: {
    flag(assertion: object, key: string): unknown;
    overwriteMethod(
      ctx: object,
      name: string,
      method: (original: (...args: unknown[]) => unknown) => (...args: unknown[]) => unknown,
    ): void;
  };
}

/**
 * Makes every equality matcher refuse a value under test that poses as a matcher (checked
 * only there: the walk costs as much as the comparison, so `toHaveLength` does not pay it).
 */
export function guardEqualityMatchers(chai: ChaiLike): void {
  for (const name of EQUALITY_MATCHERS) {
    if (!(name in chai.Assertion.prototype)) continue;
    chai.util.overwriteMethod(
      chai.Assertion.prototype,
      name,
      (original) =>
        function (this: object, ...args: unknown[]) {
          refuseForeignMatchers(chai.util.flag(this, 'object'));
          return original.apply(this, args);
        },
    );
  }
}

/** Throws an assertion failure when the value under test poses as a matcher. */
export function refuseForeignMatchers(value: unknown): void {
  if (!holdsForeignMatcher(value)) return;
  const error = new HarnessError(
    'The value under test holds an object with its own asymmetricMatch(): solution code cannot decide how it is compared.',
  );
  error.name = 'AssertionError';
  throw error;
}
