/**
 * A valid binary search tree of n nodes in level order (so the reference must visit every node).
 * The shape comes from inserting random keys (expected height O(log n)); the values are the
 * in-order ranks, spread out as 3·rank - n so that negatives appear.
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
  const rank = new Map([...keys].sort((a, b) => a - b).map((k, r) => [k, r]));
  const out = [];
  const queue = n > 0 ? [0] : [];
  for (let head = 0; head < queue.length; head += 1) {
    const i = queue[head];
    if (i === -1) {
      out.push(null);
      continue;
    }
    out.push(3 * rank.get(keys[i]) - n);
    queue.push(left[i], right[i]);
  }
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return [out];
}
