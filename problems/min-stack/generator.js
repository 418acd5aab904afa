/**
 * The constructor, then n calls: pushes of random values in [-1000, 1000] (always while the stack
 * is empty), and otherwise a mix of push, pop, top and getMin.
 * @param {number} n number of method calls
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const calls = [['MinStack']];
  let size = 0;
  for (let k = 0; k < n; k += 1) {
    const r = random();
    if (size === 0 || r < 0.4) {
      calls.push(['push', Math.floor(random() * 2001) - 1000]);
      size += 1;
    } else if (r < 0.6) {
      calls.push(['pop']);
      size -= 1;
    } else {
      calls.push([r < 0.75 ? 'top' : 'getMin']);
    }
  }
  return calls;
}
