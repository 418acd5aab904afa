function frequencySort(nums) {
  const count = new Map();
  for (const x of nums) count.set(x, (count.get(x) ?? 0) + 1);
  // Sort the distinct values only: more frequent first, then numerically smaller first.
  const values = [...count.keys()].sort((a, b) => count.get(b) - count.get(a) || a - b);
  const result = [];
  for (const v of values) {
    for (let k = count.get(v); k > 0; k -= 1) result.push(v);
  }
  return result;
}
