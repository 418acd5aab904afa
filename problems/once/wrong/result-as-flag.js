// Uses "result === undefined" as the not-called-yet test, so a fn that returns undefined runs every time.
function once(fn) {
  let result;
  return function (...args) {
    if (result === undefined) result = fn.apply(this, args);
    return result;
  };
}
