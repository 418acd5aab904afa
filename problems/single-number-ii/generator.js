/**
 * floor(n / 3) random 32-bit values three times each plus one single value, shuffled: 3·floor(n/3) + 1
 * readings.
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const int32 = () => Math.floor(random() * 4294967296) - 2147483648;
  const nums = [int32()];
  for (let k = 0; k < Math.floor(n / 3); k += 1) {
    const v = int32();
    nums.push(v, v, v);
  }
  for (let i = nums.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [nums[i], nums[j]] = [nums[j], nums[i]];
  }
  return [nums];
}
