function flatten(array, depth = Infinity) {
  const result = [];
  // Push into one shared array: concatenating partial results would copy them again and again.
  function visit(items, remaining) {
    for (const item of items) {
      if (Array.isArray(item) && remaining > 0) visit(item, remaining - 1);
      else result.push(item);
    }
  }
  visit(array, depth);
  return result;
}
