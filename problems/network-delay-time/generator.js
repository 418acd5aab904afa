/**
 * n servers: a one-way chain 0 → 1 → … → n-1 so every server is reachable from 0 (the search does
 * its full work), plus n random one-way links that offer shortcuts; delays 0–100.
 * @param {number} n number of servers (at least 1)
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const servers = Math.max(1, n);
  const times = [];
  for (let i = 0; i + 1 < servers; i += 1) times.push([i, i + 1, Math.floor(random() * 101)]);
  for (let k = 0; k < servers; k += 1) {
    const from = Math.floor(random() * servers);
    const to = Math.floor(random() * servers);
    if (from !== to) times.push([from, to, Math.floor(random() * 101)]);
  }
  return [times, servers, 0];
}
