// Rejects with the last reason instead of an AggregateError of all of them.
function promiseAny(iterable) {
  return new Promise((resolve, reject) => {
    const items = [...iterable];
    let rejected = 0;
    if (items.length === 0) reject(new Error('no items'));
    for (const item of items) {
      Promise.resolve(item).then(resolve, (reason) => {
        rejected += 1;
        if (rejected === items.length) reject(reason);
      });
    }
  });
}
