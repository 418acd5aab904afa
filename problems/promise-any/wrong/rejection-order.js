// Pushes reasons as they arrive, so the AggregateError lists them in rejection order.
function promiseAny(iterable) {
  return new Promise((resolve, reject) => {
    const items = [...iterable];
    const errors = [];
    if (items.length === 0) reject(new AggregateError(errors, 'All promises were rejected'));
    for (const item of items) {
      Promise.resolve(item).then(resolve, (reason) => {
        errors.push(reason);
        if (errors.length === items.length)
          reject(new AggregateError(errors, 'All promises were rejected'));
      });
    }
  });
}
