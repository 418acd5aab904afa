// Never tells arrays from plain objects, so [1] equals {"0": 1}.
function deepEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (!deepEqual(a[key], b[key])) return false;
  }
  return true;
}
