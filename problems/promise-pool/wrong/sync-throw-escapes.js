// Calls the task directly: a task that throws synchronously throws out of the pool instead of
// rejecting its promise.
function promisePool(tasks, limit) {
  return new Promise((resolve, reject) => {
    const results = new Array(tasks.length);
    let started = 0;
    let finished = 0;
    let failed = false;
    if (tasks.length === 0) resolve(results);
    const next = () => {
      const i = started;
      started += 1;
      Promise.resolve(tasks[i]()).then(
        (value) => {
          results[i] = value;
          finished += 1;
          if (finished === tasks.length) resolve(results);
          else if (!failed && started < tasks.length) next();
        },
        (reason) => {
          failed = true;
          reject(reason);
        },
      );
    };
    for (let k = 0; k < limit && k < tasks.length; k += 1) next();
  });
}
