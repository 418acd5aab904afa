/**
 * n random words (at least one) of 1–10 letters, sorted under a random order of the 26 letters:
 * always a valid list, so every neighbouring pair is compared and the sort emits all letters.
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const size = Math.max(1, n);
  const alphabet = 'abcdefghijklmnopqrstuvwxyz'.split('');
  for (let i = alphabet.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [alphabet[i], alphabet[j]] = [alphabet[j], alphabet[i]];
  }
  const rank = new Map(alphabet.map((ch, k) => [ch, k]));
  const words = [];
  for (let i = 0; i < size; i += 1) {
    const length = 1 + Math.floor(random() * 10);
    let word = '';
    for (let k = 0; k < length; k += 1) word += alphabet[Math.floor(random() * 26)];
    words.push(word);
  }
  words.sort((a, b) => {
    const limit = Math.min(a.length, b.length);
    for (let k = 0; k < limit; k += 1) {
      if (a[k] !== b[k]) return rank.get(a[k]) - rank.get(b[k]);
    }
    return a.length - b.length;
  });
  return [words];
}
