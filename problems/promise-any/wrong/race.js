// Settles with whichever item settles first, like Promise.race: an early rejection wins.
function promiseAny(iterable) {
  return new Promise((resolve, reject) => {
    for (const item of iterable) Promise.resolve(item).then(resolve, reject);
  });
}
