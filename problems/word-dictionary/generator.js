/**
 * n calls after the constructor: adds and searches on short words over a four-letter alphabet (so
 * prefixes are shared), a third of the searches with one or two dots.
 * @param {number} n number of method calls
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const word = () => {
    const length = 1 + Math.floor(random() * 6);
    let w = '';
    for (let i = 0; i < length; i += 1) w += 'abcd'[Math.floor(random() * 4)];
    return w;
  };
  const calls = [['WordDictionary']];
  for (let i = 0; i < n; i += 1) {
    if (random() < 0.5) {
      calls.push(['addWord', word()]);
    } else {
      const w = word().split('');
      if (random() < 0.33) w[Math.floor(random() * w.length)] = '.';
      if (random() < 0.33) w[Math.floor(random() * w.length)] = '.';
      calls.push(['search', w.join('')]);
    }
  }
  return calls;
}
