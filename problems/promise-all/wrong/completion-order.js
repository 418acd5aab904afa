// Pushes each value when it arrives, so the results come out in finishing order, not input order.
function promiseAll(iterable) {
  return new Promise((resolve, reject) => {
    const items = [...iterable];
    const results = [];
    if (items.length === 0) resolve(results);
    for (const item of items) {
      Promise.resolve(item).then((value) => {
        results.push(value);
        if (results.length === items.length) resolve(results);
      }, reject);
    }
  });
}
