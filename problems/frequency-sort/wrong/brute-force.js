// Correct order, but recounts both values with filter() inside the comparator: every comparison
// costs O(n), O(n² log n) overall, which runs out of time on the 20,000-element test.
function frequencySort(nums) {
  const freq = (v) => nums.filter((x) => x === v).length;
  return [...nums].sort((a, b) => freq(b) - freq(a) || a - b);
}
