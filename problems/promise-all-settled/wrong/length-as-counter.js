// Uses the number of filled slots (results.length) as the counter: a late write to the last index
// makes the array look complete while earlier items are still pending.
function promiseAllSettled(iterable) {
  return new Promise((resolve) => {
    const items = [...iterable];
    const results = [];
    if (items.length === 0) resolve(results);
    items.forEach((item, i) => {
      const done = (outcome) => {
        results[i] = outcome;
        if (results.length === items.length) resolve(results);
      };
      Promise.resolve(item).then(
        (value) => done({ status: 'fulfilled', value }),
        (reason) => done({ status: 'rejected', reason }),
      );
    });
  });
}
