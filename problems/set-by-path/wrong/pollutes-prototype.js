// Never refuses __proto__, constructor or prototype: "__proto__.isAdmin" steps into the object's
// prototype and writes there, so every object that shares it gains the property.
function set(obj, path, value) {
  const keys = Array.isArray(path) ? path : path.split(/[.[\]]/).filter((key) => key !== '');
  let node = obj;
  for (let i = 0; i < keys.length - 1; i += 1) {
    const next = node[keys[i]];
    if (next === null || typeof next !== 'object') {
      node[keys[i]] = /^(0|[1-9][0-9]*)$/.test(String(keys[i + 1])) ? [] : {};
    }
    node = node[keys[i]];
  }
  if (keys.length > 0) node[keys[keys.length - 1]] = value;
  return obj;
}
