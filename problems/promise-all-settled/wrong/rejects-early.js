// Passes the returned promise's reject as the rejection handler: it behaves like Promise.all.
function promiseAllSettled(iterable) {
  return new Promise((resolve, reject) => {
    const items = [...iterable];
    const results = new Array(items.length);
    let settled = 0;
    if (items.length === 0) resolve(results);
    items.forEach((item, i) => {
      Promise.resolve(item).then((value) => {
        results[i] = { status: 'fulfilled', value };
        settled += 1;
        if (settled === items.length) resolve(results);
      }, reject);
    });
  });
}
