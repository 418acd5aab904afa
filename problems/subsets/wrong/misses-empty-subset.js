// Starts from the one-value subsets, so the empty subset is never produced.
function subsets(nums) {
  const result = [];
  for (const x of nums) {
    const grown = result.map((s) => [...s, x]);
    result.push([x], ...grown);
  }
  return result;
}
