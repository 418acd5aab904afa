function promiseAll(iterable) {
  return new Promise((resolve, reject) => {
    const results = [];
    let total = 0;
    let fulfilled = 0;
    for (const item of iterable) {
      const index = total;
      total += 1;
      // Promise.resolve turns plain values and thenables into real promises.
      Promise.resolve(item).then((value) => {
        results[index] = value;
        fulfilled += 1;
        // A counter, not results.length: a late item can fill a high index first.
        if (fulfilled === total) resolve(results);
      }, reject); // A promise settles once, so only the first rejection counts.
    }
    if (total === 0) resolve(results);
  });
}
