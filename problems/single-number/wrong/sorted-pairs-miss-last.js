// Sorts, then checks the pairs (0, 1), (2, 3), ... but never looks at the last element on its own:
// when the single value is the largest, it falls off the end and nothing is returned.
function findSingle(nums) {
  const sorted = [...nums].sort((a, b) => a - b);
  for (let i = 0; i + 1 < sorted.length; i += 2) {
    if (sorted[i] !== sorted[i + 1]) return sorted[i];
  }
  return undefined;
}
