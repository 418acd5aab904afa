/**
 * A random program of n instructions (counting nested ones): logs, microtasks, promises and
 * timeouts with delays in [0, 100), where callbacks get small nested bodies up to 3 levels deep.
 * @param {number} n total number of instructions
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const kinds = ['log', 'microtask', 'promise', 'timeout'];
  let left = n;
  function block(depth) {
    const out = [];
    const size = depth === 0 ? Infinity : 1 + Math.floor(random() * 3);
    while (left > 0 && out.length < size) {
      left -= 1;
      const kind = kinds[Math.floor(random() * kinds.length)];
      const label = `${kind[0]}${left}`;
      const header =
        kind === 'timeout' ? `timeout ${label} ${Math.floor(random() * 100)}` : `${kind} ${label}`;
      if (kind !== 'log' && depth < 3 && random() < 0.3) out.push([header, ...block(depth + 1)]);
      else out.push(header);
    }
    return out;
  }
  return [block(0)];
}
