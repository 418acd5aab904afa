// Remembers only the objects on the current path (removed again after each subtree): cycles
// work, but an object reached twice through different paths is copied twice.
function deepClone(value, path = new Map()) {
  if (value === null || typeof value !== 'object') return value;
  if (path.has(value)) return path.get(value);
  if (value instanceof Date) return new Date(value.getTime());
  let copy;
  if (value instanceof Map) {
    copy = new Map();
    path.set(value, copy);
    for (const [k, v] of value) copy.set(deepClone(k, path), deepClone(v, path));
  } else if (value instanceof Set) {
    copy = new Set();
    path.set(value, copy);
    for (const v of value) copy.add(deepClone(v, path));
  } else if (Array.isArray(value)) {
    copy = [];
    path.set(value, copy);
    for (const v of value) copy.push(deepClone(v, path));
  } else {
    copy = {};
    path.set(value, copy);
    for (const key of Object.keys(value)) copy[key] = deepClone(value[key], path);
  }
  path.delete(value);
  return copy;
}
