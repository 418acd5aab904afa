/**
 * A binary tree of n nodes in level order (null gaps). Its shape comes from inserting random keys
 * into a search tree, so the expected height is O(log n); values are random in [-1000, 1000].
 * @param {number} n number of nodes
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const keys = [];
  const left = [];
  const right = [];
  for (let i = 0; i < n; i += 1) {
    keys.push(random());
    left.push(-1);
    right.push(-1);
    let at = 0;
    while (i > 0) {
      const side = keys[i] < keys[at] ? left : right;
      if (side[at] === -1) {
        side[at] = i;
        break;
      }
      at = side[at];
    }
  }
  const out = [];
  const queue = n > 0 ? [0] : [];
  for (let head = 0; head < queue.length; head += 1) {
    const i = queue[head];
    if (i === -1) {
      out.push(null);
      continue;
    }
    out.push(Math.floor(random() * 2001) - 1000);
    queue.push(left[i], right[i]);
  }
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return [out];
}
