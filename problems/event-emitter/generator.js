/**
 * Calls for a class problem: the constructor, then n emits of events with no listeners
 * (listeners are functions, which JSON cannot carry). Each emit returns 0.
 * @param {number} n number of emits
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const calls = [['EventEmitter']];
  for (let i = 0; i < n; i += 1) calls.push(['emit', `event-${Math.floor(random() * 10)}`, i]);
  return calls;
}
