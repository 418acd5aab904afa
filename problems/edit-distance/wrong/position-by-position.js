// Compares the strings position by position and adds the length difference, which only allows
// edits at the end: "abc" / "xabc" gives 4 instead of 1 (one insert at the front).
function minEdits(source, target) {
  const shorter = Math.min(source.length, target.length);
  let edits = Math.abs(source.length - target.length);
  for (let i = 0; i < shorter; i += 1) {
    if (source[i] !== target[i]) edits += 1;
  }
  return edits;
}
