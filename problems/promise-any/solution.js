function promiseAny(iterable) {
  return new Promise((resolve, reject) => {
    const errors = [];
    let total = 0;
    let rejected = 0;
    for (const item of iterable) {
      const i = total;
      total += 1;
      // The first fulfilment settles the promise; a settled promise ignores later calls.
      Promise.resolve(item).then(resolve, (reason) => {
        errors[i] = reason; // input order, whatever order the rejections come in
        rejected += 1;
        if (rejected === total) reject(new AggregateError(errors));
      });
    }
    if (total === 0) reject(new AggregateError(errors));
  });
}
