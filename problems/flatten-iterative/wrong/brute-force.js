// Iterative and correct, but uses an array as a queue with shift/unshift, each O(n) on a large
// array: quadratic on the 100,000-value test.
function flatten(array, depth = Infinity) {
  const queue = array.map((item) => [item, depth]);
  const result = [];
  while (queue.length > 0) {
    const [item, remaining] = queue.shift();
    if (Array.isArray(item) && remaining > 0)
      queue.unshift(...item.map((child) => [child, remaining - 1]));
    else result.push(item);
  }
  return result;
}
