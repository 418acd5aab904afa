function get(obj, path, defaultValue) {
  // "a[0].b" -> ["a", "0", "b"]: dots and brackets only separate keys.
  const keys = Array.isArray(path) ? path : path.split(/[.[\]]/).filter((key) => key !== '');
  let value = obj;
  for (const key of keys) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) {
      return defaultValue;
    }
    value = value[key];
  }
  return value;
}
