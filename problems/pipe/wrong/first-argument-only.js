// Passes only the first argument to the first function.
function pipe(...fns) {
  return function (x) {
    let value = x;
    for (const fn of fns) value = fn.call(this, value);
    return value;
  };
}
