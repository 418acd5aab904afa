/**
 * A palindrome of about n characters: random letters and digits mirrored around the middle, with
 * letters upper-cased and punctuation or spaces inserted at random, so that both must be ignored.
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const noise = ' ,.!?-';
  const half = [];
  for (let k = 0; k < Math.floor(n / 2); k += 1) {
    half.push(alphabet[Math.floor(random() * alphabet.length)]);
  }
  const middle = n % 2 === 1 ? 'x' : '';
  const mirrored = [...half, middle, ...half.slice().reverse()].map((ch) => {
    const r = random();
    if (r < 0.1) return ch.toUpperCase();
    if (r < 0.15) return ch + noise[Math.floor(random() * noise.length)];
    return ch;
  });
  return [mirrored.join('')];
}
