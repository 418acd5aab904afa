function promiseRace(iterable) {
  return new Promise((resolve, reject) => {
    for (const item of iterable) {
      // Every item gets the same resolve/reject: the first call settles the race and
      // later calls are ignored because a promise settles only once.
      Promise.resolve(item).then(resolve, reject);
    }
  });
}
