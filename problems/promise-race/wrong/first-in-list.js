// Waits for the first item in the list instead of the first item to settle.
function promiseRace(iterable) {
  const [first] = iterable;
  return Promise.resolve(first);
}
