/**
 * n random words (at least one) of 1–10 letters, sorted under a random order of the 26 letters:
 * always a valid list, so every neighbouring pair is compared and the sort emits all letters.
 * Words are drawn over a … z and sorted with the built-in string order (fast), then every letter is
 * renamed through a shuffled alphabet, which keeps the list sorted under that alphabet.
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
  const plain = [];
  for (let i = 0; i < size; i += 1) {
    const length = 1 + Math.floor(random() * 10);
    let word = '';
    for (let k = 0; k < length; k += 1) word += String.fromCharCode(97 + Math.floor(random() * 26));
    plain.push(word);
  }
  plain.sort();
  const words = plain.map((word) => {
    let renamed = '';
    for (let k = 0; k < word.length; k += 1) renamed += alphabet[word.charCodeAt(k) - 97];
    return renamed;
  });
  return [words];
}
