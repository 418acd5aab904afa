// Follows any property, inherited ones too: "toString" or "constructor" return a function.
function get(obj, path, defaultValue) {
  const keys = Array.isArray(path) ? path : path.split(/[.[\]]/).filter((key) => key !== '');
  let value = obj;
  for (const key of keys) {
    if (value === null || typeof value !== 'object' || value[key] === undefined)
      return defaultValue;
    value = value[key];
  }
  return value;
}
