/**
 * Two random strings of length n over "abcde": with both lengths n the table has (n + 1)² cells.
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const word = () => {
    let s = '';
    for (let k = 0; k < n; k += 1) s += 'abcde'[Math.floor(random() * 5)];
    return s;
  };
  return [word(), word()];
}
