/**
 * Two anagrams of n random lowercase letters (at least one): t is a shuffle of s, so every counter
 * is touched and the final check reads all 26.
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const size = Math.max(1, n);
  const letters = [];
  for (let i = 0; i < size; i += 1)
    letters.push(String.fromCharCode(97 + Math.floor(random() * 26)));
  const s = letters.join('');
  for (let i = letters.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [letters[i], letters[j]] = [letters[j], letters[i]];
  }
  return [s, letters.join('')];
}
