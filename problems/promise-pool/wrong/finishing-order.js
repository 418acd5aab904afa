// Pushes results as tasks finish, so they come back in finishing order.
function promisePool(tasks, limit) {
  return new Promise((resolve, reject) => {
    const results = [];
    let started = 0;
    if (tasks.length === 0) resolve(results);
    const next = () => {
      const i = started;
      started += 1;
      Promise.resolve()
        .then(() => tasks[i]())
        .then((value) => {
          results.push(value);
          if (results.length === tasks.length) resolve(results);
          else if (started < tasks.length) next();
        }, reject);
    };
    for (let k = 0; k < limit && k < tasks.length; k += 1) next();
  });
}
