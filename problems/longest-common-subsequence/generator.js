/**
 * Two random strings of length n over "abcd": a small alphabet gives many partial matches, and
 * with both lengths equal to n the table has n² cells.
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const word = () => {
    let s = '';
    for (let k = 0; k < n; k += 1) s += 'abcd'[Math.floor(random() * 4)];
    return s;
  };
  return [word(), word()];
}
