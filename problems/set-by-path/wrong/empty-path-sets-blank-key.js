// Splits the string path without dropping empty pieces, so "a..b" and "m[0].x" make a "" key and
// an empty string path sets obj[""].
function set(obj, path, value) {
  const keys = Array.isArray(path) ? path : path.split(/[.[\]]/);
  if (keys.some((key) => ['__proto__', 'constructor', 'prototype'].includes(String(key))))
    return obj;
  let node = obj;
  for (let i = 0; i < keys.length - 1; i += 1) {
    const next = Object.hasOwn(node, keys[i]) ? node[keys[i]] : undefined;
    if (next === null || typeof next !== 'object') {
      node[keys[i]] = /^(0|[1-9][0-9]*)$/.test(String(keys[i + 1])) ? [] : {};
    }
    node = node[keys[i]];
  }
  if (keys.length > 0) node[keys[keys.length - 1]] = value;
  return obj;
}
