// Orders the distinct values correctly but returns each of them once, dropping the repeats.
function frequencySort(nums) {
  const count = new Map();
  for (const x of nums) count.set(x, (count.get(x) ?? 0) + 1);
  return [...count.keys()].sort((a, b) => count.get(b) - count.get(a) || a - b);
}
