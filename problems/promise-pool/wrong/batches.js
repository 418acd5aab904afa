// Runs the tasks in fixed batches of limit and waits for a whole batch before the next, so a slow
// task holds free slots idle.
async function promisePool(tasks, limit) {
  const results = [];
  for (let i = 0; i < tasks.length; i += limit) {
    const batch = tasks.slice(i, i + limit).map((task) => task());
    results.push(...(await Promise.all(batch)));
  }
  return results;
}
