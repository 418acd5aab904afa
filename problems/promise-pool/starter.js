/**
 * @param {(() => Promise<unknown>)[]} tasks functions that start a piece of work
 * @param {number} limit the most tasks that may run at once
 * @return {Promise<unknown[]>} every task's value, in task order
 */
function promisePool(tasks, limit) {
  // your code here
  return Promise.resolve([]);
}
