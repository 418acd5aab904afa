// Uses results.length to decide that everything is done: when the last input fulfills first,
// results[2] = value makes length 3 at once, so it resolves early with holes in the array.
function promiseAll(iterable) {
  return new Promise((resolve, reject) => {
    const items = [...iterable];
    const results = [];
    if (items.length === 0) resolve(results);
    items.forEach((item, i) => {
      Promise.resolve(item).then((value) => {
        results[i] = value;
        if (results.length === items.length) resolve(results);
      }, reject);
    });
  });
}
