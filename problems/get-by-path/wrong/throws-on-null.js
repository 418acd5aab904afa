// Steps into null without checking, which throws a TypeError instead of returning the default.
function get(obj, path, defaultValue) {
  const keys = Array.isArray(path) ? path : path.split(/[.[\]]/).filter((key) => key !== '');
  let value = obj;
  for (const key of keys) {
    if (!Object.hasOwn(value, key)) return defaultValue;
    value = value[key];
  }
  return value;
}
