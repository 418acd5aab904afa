// Uses || to fall back to the default, so values that exist but are falsy (0, false, "", null) are lost.
function get(obj, path, defaultValue) {
  const keys = Array.isArray(path) ? path : path.split(/[.[\]]/).filter((key) => key !== '');
  let value = obj;
  for (const key of keys) {
    value = value == null ? undefined : value[key];
  }
  return value || defaultValue;
}
