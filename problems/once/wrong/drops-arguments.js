// Calls fn without the arguments the wrapper was given.
function once(fn) {
  let called = false;
  let result;
  return function () {
    if (called) return result;
    called = true;
    result = fn.call(this);
    return result;
  };
}
