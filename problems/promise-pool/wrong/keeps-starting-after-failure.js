// Rejects on a failure but goes on starting the remaining tasks.
function promisePool(tasks, limit) {
  return new Promise((resolve, reject) => {
    const results = new Array(tasks.length);
    let started = 0;
    let finished = 0;
    if (tasks.length === 0) resolve(results);
    const next = () => {
      const i = started;
      started += 1;
      Promise.resolve()
        .then(() => tasks[i]())
        .then((value) => {
          results[i] = value;
          finished += 1;
          if (finished === tasks.length) resolve(results);
        }, reject)
        .then(() => {
          if (started < tasks.length) next();
        });
    };
    for (let k = 0; k < limit && k < tasks.length; k += 1) next();
  });
}
