/**
 * n random 32-bit integers (at least one) and k = ⌈n/2⌉.
 * @param {number} n number of values
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const size = Math.max(1, n);
  const nums = [];
  for (let i = 0; i < size; i += 1) nums.push(Math.floor(random() * 4294967296) - 2147483648);
  return [nums, Math.ceil(size / 2)];
}
