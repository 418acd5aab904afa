function promisePool(tasks, limit) {
  return new Promise((resolve, reject) => {
    const results = new Array(tasks.length);
    let started = 0;
    let finished = 0;
    let failed = false;
    if (tasks.length === 0) {
      resolve(results);
      return;
    }
    const next = () => {
      const i = started;
      started += 1;
      // Inside then(), a task that throws synchronously becomes a rejection.
      Promise.resolve()
        .then(() => tasks[i]())
        .then(
          (value) => {
            results[i] = value; // the task's own index, whatever order tasks finish in
            finished += 1;
            if (finished === tasks.length) resolve(results);
            else if (!failed && started < tasks.length) next(); // the freed slot takes the next task
          },
          (reason) => {
            failed = true; // start nothing more
            reject(reason);
          },
        );
    };
    for (let k = 0; k < limit && k < tasks.length; k += 1) next();
  });
}
