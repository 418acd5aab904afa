/**
 * n words of length 1 to 8 over the letters a to e, so that many of them are anagrams of each other.
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const strs = [];
  for (let k = 0; k < n; k += 1) {
    const length = 1 + Math.floor(random() * 8);
    let word = '';
    for (let c = 0; c < length; c += 1) word += 'abcde'[Math.floor(random() * 5)];
    strs.push(word);
  }
  return [strs];
}
