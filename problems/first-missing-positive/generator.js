/**
 * The numbers 1 … n (at least one) shuffled: every value is swapped home once and the final scan
 * reads the whole array before answering n + 1.
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const size = Math.max(1, n);
  const nums = [];
  for (let v = 1; v <= size; v += 1) nums.push(v);
  for (let i = nums.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [nums[i], nums[j]] = [nums[j], nums[i]];
  }
  return [nums];
}
