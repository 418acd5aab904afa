function deepClone(value, memo = new Map()) {
  if (value === null || typeof value !== 'object') return value; // primitives and functions
  if (memo.has(value)) return memo.get(value); // a cycle or a shared reference

  if (value instanceof Date) {
    const copy = new Date(value.getTime());
    memo.set(value, copy);
    return copy;
  }
  if (value instanceof Map) {
    const copy = new Map();
    memo.set(value, copy); // before the children, so a cycle through them finds the copy
    for (const [k, v] of value) copy.set(deepClone(k, memo), deepClone(v, memo));
    return copy;
  }
  if (value instanceof Set) {
    const copy = new Set();
    memo.set(value, copy);
    for (const v of value) copy.add(deepClone(v, memo));
    return copy;
  }
  if (Array.isArray(value)) {
    const copy = new Array(value.length);
    memo.set(value, copy);
    for (let i = 0; i < value.length; i += 1) copy[i] = deepClone(value[i], memo);
    return copy;
  }
  const copy = {};
  memo.set(value, copy);
  for (const key of Object.keys(value)) copy[key] = deepClone(value[key], memo);
  return copy;
}
