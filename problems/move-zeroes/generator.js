/**
 * n values (at least one), about half of them 0, the others random non-zero integers of either sign,
 * so the read pointer meets both kinds throughout and many swaps happen.
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const size = Math.max(1, n);
  const nums = [];
  for (let i = 0; i < size; i += 1) {
    if (random() < 0.5) nums.push(0);
    else nums.push((Math.floor(random() * 1000000) + 1) * (random() < 0.5 ? -1 : 1));
  }
  return [nums];
}
