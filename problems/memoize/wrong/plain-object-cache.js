// A plain object as the cache: keys are converted to strings, so 1 and "1" collide and every
// object becomes "[object Object]".
function memoize(fn, resolver) {
  const cache = {};
  return function memoized(...args) {
    const key = resolver ? resolver.apply(this, args) : args[0];
    if (key in cache) return cache[key];
    const result = fn.apply(this, args);
    cache[key] = result;
    return result;
  };
}
