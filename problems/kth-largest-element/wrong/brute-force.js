// Correct, but removes the current maximum k times with a linear scan each time:
// O(n·k), quadratic when k is about n/2, too slow for 100,000 values.
function findKthLargest(nums, k) {
  const rest = nums.slice();
  let value;
  for (let round = 0; round < k; round += 1) {
    let best = 0;
    for (let i = 1; i < rest.length; i += 1) if (rest[i] > rest[best]) best = i;
    value = rest[best];
    rest.splice(best, 1);
  }
  return value;
}
