/**
 * s1 and s2 of n letters from {a, b} and s3 a random interleaving of them: the lengths add up, so the
 * reference fills its whole (n + 1)^2 table.
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const word = () => {
    let w = '';
    for (let k = 0; k < n; k += 1) w += random() < 0.5 ? 'a' : 'b';
    return w;
  };
  const s1 = word();
  const s2 = word();
  let s3 = '';
  let i = 0;
  let j = 0;
  while (i < n || j < n) {
    if (j === n || (i < n && random() < 0.5)) s3 += s1[i++];
    else s3 += s2[j++];
  }
  return [s1, s2, s3];
}
