/**
 * max(1, n) distinct increasing integers rotated at a random position, and a target that is
 * present or absent with equal chance.
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const size = Math.max(1, n);
  const sorted = [];
  let value = -1000000;
  for (let k = 0; k < size; k += 1) {
    value += 1 + Math.floor(random() * 20);
    sorted.push(value);
  }
  const cut = Math.floor(random() * size);
  const nums = [...sorted.slice(cut), ...sorted.slice(0, cut)];
  const target = random() < 0.5 ? nums[Math.floor(random() * size)] : value + 1;
  return [nums, target];
}
