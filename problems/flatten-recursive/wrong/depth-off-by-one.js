// Checks depth >= 0 instead of depth > 0, so it opens one level more than asked.
function flatten(array, depth = Infinity) {
  const result = [];
  function visit(items, remaining) {
    for (const item of items) {
      if (Array.isArray(item) && remaining >= 0) visit(item, remaining - 1);
      else result.push(item);
    }
  }
  visit(array, depth);
  return result;
}
