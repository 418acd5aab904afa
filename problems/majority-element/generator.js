/**
 * n ballots (at least one): floor(n / 2) + 1 copies of one random value and random other values,
 * shuffled.
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const size = Math.max(1, n);
  const value = () => Math.floor(random() * 2000000001) - 1000000000;
  const major = value();
  const nums = [];
  for (let i = 0; i < size; i += 1) nums.push(i <= size / 2 ? major : value());
  for (let i = nums.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [nums[i], nums[j]] = [nums[j], nums[i]];
  }
  return [nums];
}
