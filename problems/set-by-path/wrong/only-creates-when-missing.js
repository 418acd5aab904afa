// Creates a container only when the key is absent, so a null or a number in the way is stepped into
// and the assignment throws (or, on a string, is lost).
function set(obj, path, value) {
  const keys = Array.isArray(path) ? path : path.split(/[.[\]]/).filter((key) => key !== '');
  if (keys.some((key) => ['__proto__', 'constructor', 'prototype'].includes(String(key))))
    return obj;
  let node = obj;
  for (let i = 0; i < keys.length - 1; i += 1) {
    if (!Object.hasOwn(node, keys[i])) {
      node[keys[i]] = /^(0|[1-9][0-9]*)$/.test(String(keys[i + 1])) ? [] : {};
    }
    node = node[keys[i]];
  }
  if (keys.length > 0) node[keys[keys.length - 1]] = value;
  return obj;
}
