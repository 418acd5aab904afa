/**
 * An array of max(2, n) integers in [-10^6, 10^6] with one planted pair; the target is that pair's sum.
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const size = Math.max(2, n);
  const nums = [];
  for (let k = 0; k < size; k += 1) nums.push(Math.floor(random() * 2000001) - 1000000);
  const i = Math.floor(random() * size);
  let j = Math.floor(random() * (size - 1));
  if (j >= i) j += 1;
  return [nums, nums[i] + nums[j]];
}
