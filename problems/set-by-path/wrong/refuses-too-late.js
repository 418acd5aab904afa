// Checks for a forbidden key only when the walk reaches it, after creating the containers before it,
// so "b.__proto__.x" leaves an empty b behind instead of leaving obj unchanged.
function set(obj, path, value) {
  const keys = Array.isArray(path) ? path : path.split(/[.[\]]/).filter((key) => key !== '');
  let node = obj;
  for (let i = 0; i < keys.length; i += 1) {
    if (['__proto__', 'constructor', 'prototype'].includes(String(keys[i]))) return obj;
    if (i === keys.length - 1) {
      node[keys[i]] = value;
      break;
    }
    const next = Object.hasOwn(node, keys[i]) ? node[keys[i]] : undefined;
    if (next === null || typeof next !== 'object') {
      node[keys[i]] = /^(0|[1-9][0-9]*)$/.test(String(keys[i + 1])) ? [] : {};
    }
    node = node[keys[i]];
  }
  return obj;
}
