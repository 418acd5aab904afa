/**
 * n calls after the constructor: inserts, searches and prefix queries on short words drawn from
 * a four-letter alphabet, so that prefixes are often shared.
 * @param {number} n number of method calls
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const word = () => {
    const length = 1 + Math.floor(random() * 8);
    let w = '';
    for (let i = 0; i < length; i += 1) w += 'abcd'[Math.floor(random() * 4)];
    return w;
  };
  const calls = [['Trie']];
  for (let i = 0; i < n; i += 1) {
    const r = random();
    calls.push([r < 0.4 ? 'insert' : r < 0.7 ? 'search' : 'startsWith', word()]);
  }
  return calls;
}
