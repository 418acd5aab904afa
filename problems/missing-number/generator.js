/**
 * The numbers 0 … n (at least one) without one random value, shuffled. Every index is XORed, so the
 * reference does its full work wherever the gap is.
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const size = Math.max(1, n);
  const gap = Math.floor(random() * (size + 1));
  const nums = [];
  for (let v = 0; v <= size; v += 1) if (v !== gap) nums.push(v);
  for (let i = nums.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [nums[i], nums[j]] = [nums[j], nums[i]];
  }
  return [nums];
}
