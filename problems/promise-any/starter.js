/**
 * @param {Iterable<unknown>} iterable promises, thenables or plain values
 * @return {Promise<unknown>} the first fulfilled value, or an AggregateError of every reason
 */
function promiseAny(iterable) {
  // your code here
  return Promise.resolve(undefined);
}
