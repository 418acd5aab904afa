// Works on a deep copy and returns the copy, so the caller's object is never changed.
function set(obj, path, value) {
  const copy = JSON.parse(JSON.stringify(obj));
  const keys = Array.isArray(path) ? path : path.split(/[.[\]]/).filter((key) => key !== '');
  if (keys.some((key) => ['__proto__', 'constructor', 'prototype'].includes(String(key))))
    return copy;
  let node = copy;
  for (let i = 0; i < keys.length - 1; i += 1) {
    const next = Object.hasOwn(node, keys[i]) ? node[keys[i]] : undefined;
    if (next === null || typeof next !== 'object') {
      node[keys[i]] = /^(0|[1-9][0-9]*)$/.test(String(keys[i + 1])) ? [] : {};
    }
    node = node[keys[i]];
  }
  if (keys.length > 0) node[keys[keys.length - 1]] = value;
  return copy;
}
