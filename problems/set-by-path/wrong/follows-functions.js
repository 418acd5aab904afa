// Steps into any value that is not null or undefined, functions included (as lodash's isObject
// does), so "constructor.prototype.x" on a class instance reaches the class's shared prototype.
function set(obj, path, value) {
  const keys = Array.isArray(path) ? path : path.split(/[.[\]]/).filter((key) => key !== '');
  if (keys.includes('__proto__')) return obj;
  let node = obj;
  for (let i = 0; i < keys.length - 1; i += 1) {
    const next = node[keys[i]];
    if (next === null || (typeof next !== 'object' && typeof next !== 'function')) {
      node[keys[i]] = /^(0|[1-9][0-9]*)$/.test(String(keys[i + 1])) ? [] : {};
    }
    node = node[keys[i]];
  }
  if (keys.length > 0) node[keys[keys.length - 1]] = value;
  return obj;
}
