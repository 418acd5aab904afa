// Treats any key that converts to a number as an index (!isNaN), so "-1", "07" and "1.5" create
// arrays, and the value is stored on the array as a property that JSON never shows.
function set(obj, path, value) {
  const keys = Array.isArray(path) ? path : path.split(/[.[\]]/).filter((key) => key !== '');
  if (keys.some((key) => ['__proto__', 'constructor', 'prototype'].includes(String(key))))
    return obj;
  let node = obj;
  for (let i = 0; i < keys.length - 1; i += 1) {
    const next = Object.hasOwn(node, keys[i]) ? node[keys[i]] : undefined;
    if (next === null || typeof next !== 'object') {
      node[keys[i]] = !isNaN(Number(keys[i + 1])) ? [] : {};
    }
    node = node[keys[i]];
  }
  if (keys.length > 0) node[keys[keys.length - 1]] = value;
  return obj;
}
