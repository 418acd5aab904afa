/**
 * About √n sorted lists holding n values in total in [-10^4, 10^4], some of them empty.
 * @param {number} n total number of nodes
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const k = Math.max(1, Math.round(Math.sqrt(n)));
  const lists = Array.from({ length: k }, () => []);
  for (let i = 0; i < n; i += 1) {
    lists[Math.floor(random() * k)].push(Math.floor(random() * 20001) - 10000);
  }
  for (const list of lists) list.sort((a, b) => a - b);
  return [lists];
}
