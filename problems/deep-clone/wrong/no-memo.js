// Recursive copy without a memo: a shared object is copied twice, and a cycle recurses
// until the stack overflows.
function deepClone(value) {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return new Date(value.getTime());
  if (value instanceof Map) {
    const copy = new Map();
    for (const [k, v] of value) copy.set(deepClone(k), deepClone(v));
    return copy;
  }
  if (value instanceof Set) {
    const copy = new Set();
    for (const v of value) copy.add(deepClone(v));
    return copy;
  }
  if (Array.isArray(value)) return value.map((v) => deepClone(v));
  const copy = {};
  for (const key of Object.keys(value)) copy[key] = deepClone(value[key]);
  return copy;
}
