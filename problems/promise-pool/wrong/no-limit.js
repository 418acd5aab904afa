// Starts every task at once: the limit is ignored.
function promisePool(tasks, limit) {
  return Promise.all(tasks.map((task) => task()));
}
