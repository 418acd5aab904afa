// Copies Maps and Sets with their constructors, which copies the entries but not the objects
// inside them: keys, values and Set members are still shared with the original.
function deepClone(value, memo = new Map()) {
  if (value === null || typeof value !== 'object') return value;
  if (memo.has(value)) return memo.get(value);
  if (value instanceof Date) return new Date(value.getTime());
  if (value instanceof Map) return new Map(value);
  if (value instanceof Set) return new Set(value);
  const copy = Array.isArray(value) ? [] : {};
  memo.set(value, copy);
  for (const key of Object.keys(value)) copy[key] = deepClone(value[key], memo);
  return copy;
}
