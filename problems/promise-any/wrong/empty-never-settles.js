// Only rejects from inside a rejection handler, so an empty input leaves the promise pending.
function promiseAny(iterable) {
  return new Promise((resolve, reject) => {
    const items = [...iterable];
    const errors = new Array(items.length);
    let rejected = 0;
    items.forEach((item, i) => {
      Promise.resolve(item).then(resolve, (reason) => {
        errors[i] = reason;
        rejected += 1;
        if (rejected === items.length)
          reject(new AggregateError(errors, 'All promises were rejected'));
      });
    });
  });
}
