// Returns a boolean from the comparator (true → 1, false → 0): "b before a" can never be expressed,
// so the result depends on the engine's sort and is wrong for most inputs.
function frequencySort(nums) {
  const count = new Map();
  for (const x of nums) count.set(x, (count.get(x) ?? 0) + 1);
  return [...nums].sort(
    (a, b) => count.get(a) < count.get(b) || (count.get(a) === count.get(b) && a > b),
  );
}
