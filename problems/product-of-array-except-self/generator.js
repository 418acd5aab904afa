/**
 * max(2, n) values, mostly 1 and -1 with a few 2s, so products stay small whatever n is.
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const size = Math.max(2, n);
  const nums = [];
  for (let k = 0; k < size; k += 1) nums.push(random() < 0.5 ? -1 : 1);
  for (let twos = 0; twos < 20; twos += 1) nums[Math.floor(random() * size)] = 2;
  return [nums];
}
