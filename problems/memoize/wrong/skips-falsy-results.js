// Tests the cached value instead of the key's presence: results such as 0, null or undefined
// are never seen as cached, so fn runs again every time.
function memoize(fn, resolver) {
  const cache = new Map();
  return function memoized(...args) {
    const key = resolver ? resolver.apply(this, args) : args[0];
    const cached = cache.get(key);
    if (cached) return cached;
    const result = fn.apply(this, args);
    cache.set(key, result);
    return result;
  };
}
