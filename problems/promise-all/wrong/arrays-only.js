// Indexes the input like an array and calls .then on each item directly: a Set or generator
// has no length, and plain values have no then method.
function promiseAll(items) {
  return new Promise((resolve, reject) => {
    const results = new Array(items.length);
    let done = 0;
    if (items.length === 0) resolve(results);
    for (let i = 0; i < items.length; i += 1) {
      const item = items[i];
      const promise = item instanceof Promise ? item : { then: (f) => f(item) };
      promise.then((value) => {
        results[i] = value;
        if (++done === items.length) resolve(results);
      }, reject);
    }
  });
}
