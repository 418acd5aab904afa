/**
 * s: max(3, n) random letters from a to w, with x, y and z planted once each at random positions;
 * t: "xyz" plus a few common letters, so the window must stretch between the planted letters.
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const size = Math.max(3, n);
  const chars = [];
  for (let k = 0; k < size; k += 1) {
    chars.push('abcdefghijklmnopqrstuvw'[Math.floor(random() * 23)]);
  }
  const positions = new Set();
  while (positions.size < 3) positions.add(Math.floor(random() * size));
  [...positions].forEach((position, i) => {
    chars[position] = 'xyz'[i];
  });
  return [chars.join(''), 'xyzab'.slice(0, size)];
}
