/**
 * An empty object and a string path of min(n, 1000) keys, about a third of them [0] steps, so
 * that set builds every level: arrays and objects mixed, nested as deep as the constraints allow.
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const length = Math.max(1, Math.min(n, 1000));
  let path = 'k0';
  for (let i = 1; i < length; i += 1) {
    path += random() < 1 / 3 ? '[0]' : `.k${Math.floor(random() * 10)}`;
  }
  return [{}, path, n];
}
