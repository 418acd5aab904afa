// Keys on JSON.stringify of all the arguments and ignores the resolver: extra arguments
// change the key, and different objects with the same contents share one entry.
function memoize(fn) {
  const cache = new Map();
  return function memoized(...args) {
    const key = JSON.stringify(args);
    if (cache.has(key)) return cache.get(key);
    const result = fn.apply(this, args);
    cache.set(key, result);
    return result;
  };
}
