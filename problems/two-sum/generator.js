/**
 * max(2, n) integers whose only valid pair is the last two, so a solution does its full
 * work (growth is measured on one input per size): every other value is even and below
 * 200,000, the last two are 1,000,000 and 1, and the target 1,000,001 is odd.
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const size = Math.max(2, n);
  const nums = [];
  for (let k = 0; k < size - 2; k += 1) nums.push(2 * Math.floor(random() * 100000));
  nums.push(1000000, 1);
  return [nums, 1000001];
}
