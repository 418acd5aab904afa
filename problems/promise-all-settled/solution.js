function promiseAllSettled(iterable) {
  return new Promise((resolve) => {
    const results = [];
    let total = 0;
    let settled = 0;
    const record = (i, outcome) => {
      results[i] = outcome; // the item's own slot: input order whatever the finishing order
      settled += 1;
      if (settled === total) resolve(results);
    };
    for (const item of iterable) {
      const i = total;
      total += 1;
      Promise.resolve(item).then(
        (value) => record(i, { status: 'fulfilled', value }),
        (reason) => record(i, { status: 'rejected', reason }),
      );
    }
    if (total === 0) resolve(results);
  });
}
