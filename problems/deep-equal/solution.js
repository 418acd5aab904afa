function deepEqual(a, b) {
  if (a === b) return true; // equal primitives, or the same object
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false; // [1] is not {"0": 1}
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  // Same count and every key of a matched in b: b has no extra key. A key missing from b
  // reads undefined, which equals no JSON value.
  for (const key of keys) {
    if (!deepEqual(a[key], b[key])) return false;
  }
  return true;
}
