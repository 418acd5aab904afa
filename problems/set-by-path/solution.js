function set(obj, path, value) {
  // "a[0].b" -> ["a", "0", "b"]: dots and brackets only separate keys.
  const keys = Array.isArray(path) ? path : path.split(/[.[\]]/).filter((key) => key !== '');
  // Refuse the whole path before writing anything, so no half-built branch is left behind.
  const forbidden = ['__proto__', 'constructor', 'prototype'];
  if (keys.some((key) => forbidden.includes(String(key)))) return obj;
  // An index is "0" or digits without a leading zero; numbers are tested by their string form too.
  const isIndex = (key) => /^(0|[1-9][0-9]*)$/.test(String(key));
  let node = obj;
  for (let i = 0; i < keys.length - 1; i += 1) {
    const key = keys[i];
    const next = Object.hasOwn(node, key) ? node[key] : undefined;
    if (next !== null && typeof next === 'object') {
      node = next;
    } else {
      // Missing, inherited, null or a primitive: replace it with the container the next key needs.
      node[key] = isIndex(keys[i + 1]) ? [] : {};
      node = node[key];
    }
  }
  if (keys.length > 0) node[keys[keys.length - 1]] = value;
  return obj;
}
