// Returns a plain value directly instead of a promise, so callers get it synchronously
// (and cannot call .then on it).
function promiseRace(iterable) {
  const items = [...iterable];
  const plain = items.find((item) => !(item && typeof item.then === 'function'));
  if (plain !== undefined) return plain;
  return new Promise((resolve, reject) => {
    for (const item of items) item.then(resolve, reject);
  });
}
