/**
 * n distinct sorted integers (random gaps of 1..10, possibly negative) and a target that is
 * present half of the time and otherwise falls in a gap or outside the range.
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const nums = [];
  let value = -5 * n - Math.floor(random() * 10);
  for (let k = 0; k < n; k += 1) {
    nums.push(value);
    value += 1 + Math.floor(random() * 10);
  }
  if (n > 0 && random() < 0.5) return [nums, nums[Math.floor(random() * n)]];
  const between = n > 0 ? nums[Math.floor(random() * n)] + 1 : 0;
  return [nums, nums.includes(between) ? value : between];
}
