// Only opens non-empty arrays, so opened empty arrays stay in the result as [].
function flatten(array, depth = Infinity) {
  const result = [];
  function visit(items, remaining) {
    for (const item of items) {
      if (Array.isArray(item) && item.length > 0 && remaining > 0) visit(item, remaining - 1);
      else result.push(item);
    }
  }
  visit(array, depth);
  return result;
}
