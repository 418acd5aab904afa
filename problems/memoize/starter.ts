function memoize<A extends unknown[], R>(
  fn: (...args: A) => R,
  resolver?: (...args: A) => unknown,
): (...args: A) => R {
  // your code here
  return function memoized(this: unknown, ...args: A): R {
    return fn.apply(this, args);
  };
}
