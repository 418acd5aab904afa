function memoize(fn, resolver) {
  const cache = new Map(); // SameValueZero keys: objects by identity, 1 !== '1', NaN === NaN

  // A regular function, not an arrow, so that `this` reaches fn and resolver.
  return function memoized(...args) {
    const key = resolver ? resolver.apply(this, args) : args[0];
    // has(), not the stored value: undefined, null, 0 and false results are cached too.
    if (cache.has(key)) return cache.get(key);
    const result = fn.apply(this, args); // if fn throws, nothing is stored
    cache.set(key, result);
    return result;
  };
}
