// Counts in a plain object and returns the key it finds: object keys are strings, so it returns
// "5" instead of the number 5.
function findSingle(nums) {
  const counts = {};
  for (const x of nums) counts[x] = (counts[x] || 0) + 1;
  return Object.keys(counts).find((key) => counts[key] === 1);
}
