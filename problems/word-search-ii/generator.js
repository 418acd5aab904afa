/**
 * A board of about n cells (√n × √n) of the letters a–e, and about n/4 (at least 5) distinct
 * random words of 3–8 such letters, so that the board and the trie both grow with n.
 * @param {number} n number of cells
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const letter = () => 'abcde'[Math.floor(random() * 5)];
  const rows = Math.max(1, Math.round(Math.sqrt(n)));
  const cols = Math.max(1, Math.round(n / rows));
  const board = Array.from({ length: rows }, () => Array.from({ length: cols }, letter));
  const count = Math.max(5, Math.floor(n / 4));
  const words = new Set();
  while (words.size < count) {
    let w = '';
    const length = 3 + Math.floor(random() * 6);
    for (let i = 0; i < length; i += 1) w += letter();
    words.add(w);
  }
  return [board, [...words]];
}
