// Splits on dots only, so "langs[1]" is looked up as one key.
function get(obj, path, defaultValue) {
  const keys = Array.isArray(path) ? path : path.split('.');
  let value = obj;
  for (const key of keys) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) {
      return defaultValue;
    }
    value = value[key];
  }
  return value;
}
