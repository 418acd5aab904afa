// Pushes outcomes as they arrive: the results come out in finishing order, not input order.
function promiseAllSettled(iterable) {
  return new Promise((resolve) => {
    const items = [...iterable];
    const results = [];
    if (items.length === 0) resolve(results);
    for (const item of items) {
      Promise.resolve(item).then(
        (value) => {
          results.push({ status: 'fulfilled', value });
          if (results.length === items.length) resolve(results);
        },
        (reason) => {
          results.push({ status: 'rejected', reason });
          if (results.length === items.length) resolve(results);
        },
      );
    }
  });
}
