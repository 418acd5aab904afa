// The JSON shortcut: Dates turn into strings, Maps and Sets into {}, undefined values vanish,
// and a cycle makes JSON.stringify throw.
function deepClone(value) {
  if (value === undefined) return undefined;
  return JSON.parse(JSON.stringify(value));
}
