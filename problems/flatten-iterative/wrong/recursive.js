// The recursive solution: right on ordinary input, but one call per level overflows the call
// stack on 100,000 levels of nesting.
function flatten(array, depth = Infinity) {
  const result = [];
  function visit(items, remaining) {
    for (const item of items) {
      if (Array.isArray(item) && remaining > 0) visit(item, remaining - 1);
      else result.push(item);
    }
  }
  visit(array, depth);
  return result;
}
