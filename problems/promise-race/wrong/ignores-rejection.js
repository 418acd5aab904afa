// Only forwards fulfilment: a rejection that settles first is ignored and the race waits
// for a later value instead.
function promiseRace(iterable) {
  return new Promise((resolve) => {
    for (const item of iterable) Promise.resolve(item).then(resolve, () => {});
  });
}
