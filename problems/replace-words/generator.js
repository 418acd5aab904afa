/**
 * n roots of 3–6 letters and a sentence of n words of 4–10 letters over a five-letter alphabet, so
 * about half the words start with some root and the trie walks are real.
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const word = (min, max) => {
    const length = min + Math.floor(random() * (max - min + 1));
    let w = '';
    for (let i = 0; i < length; i += 1) w += 'abcde'[Math.floor(random() * 5)];
    return w;
  };
  const roots = [];
  const words = [];
  for (let i = 0; i < Math.max(1, n); i += 1) {
    roots.push(word(3, 6));
    words.push(word(4, 10));
  }
  return [roots, words.join(' ')];
}
