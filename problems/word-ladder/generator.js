/**
 * max(1, n) distinct five-letter words over the letters a–f (a well-connected graph), with
 * beginWord "aaaaa" and endWord the last listed word, so the search explores most of the list.
 * @param {number} n number of words in the list
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const size = Math.min(Math.max(1, n), 7000); // 6^5 = 7776 possible words
  const words = new Set();
  while (words.size < size) {
    let w = '';
    for (let i = 0; i < 5; i += 1) w += 'abcdef'[Math.floor(random() * 6)];
    if (w !== 'aaaaa') words.add(w);
  }
  const list = [...words];
  return ['aaaaa', list[list.length - 1], list];
}
