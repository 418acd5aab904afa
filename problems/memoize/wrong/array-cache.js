// Keeps entries in an array and scans it on every call: correct answers, but O(k) per call,
// which is quadratic over the 50,000 distinct keys of the large test.
function memoize(fn, resolver) {
  const entries = [];
  return function memoized(...args) {
    const key = resolver ? resolver.apply(this, args) : args[0];
    const hit = entries.find(
      (entry) => Object.is(entry.key, key) || (entry.key === 0 && key === 0),
    );
    if (hit) return hit.value;
    const value = fn.apply(this, args);
    entries.push({ key, value });
    return value;
  };
}
