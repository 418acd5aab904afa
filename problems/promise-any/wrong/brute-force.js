// Counts the reasons collected so far with Object.keys after every rejection: each count walks
// every reason again, so n rejections cost O(n^2) and 20,000 of them run out of time.
function promiseAny(iterable) {
  return new Promise((resolve, reject) => {
    const items = [...iterable];
    const errors = [];
    if (items.length === 0) reject(new AggregateError(errors, 'All promises were rejected'));
    items.forEach((item, i) => {
      Promise.resolve(item).then(resolve, (reason) => {
        errors[i] = reason;
        if (Object.keys(errors).length === items.length)
          reject(new AggregateError(errors, 'All promises were rejected'));
      });
    });
  });
}
