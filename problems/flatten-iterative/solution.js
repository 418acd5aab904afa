function flatten(array, depth = Infinity) {
  const result = [];
  // Each frame replaces one recursive call: the array, the next index in it, and the depth left.
  const stack = [{ items: array, index: 0, depth }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    if (frame.index === frame.items.length) {
      stack.pop(); // "return" from this level
      continue;
    }
    const item = frame.items[frame.index];
    frame.index += 1;
    if (Array.isArray(item) && frame.depth > 0) {
      stack.push({ items: item, index: 0, depth: frame.depth - 1 }); // "recurse" into it
    } else {
      result.push(item);
    }
  }
  return result;
}
