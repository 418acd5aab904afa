/**
 * n stones (at least one) with random weights in [1, 10^6].
 * @param {number} n number of stones
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const stones = [];
  for (let i = 0; i < Math.max(1, n); i += 1) stones.push(1 + Math.floor(random() * 1000000));
  return [stones];
}
