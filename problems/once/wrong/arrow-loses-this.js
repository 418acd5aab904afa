// Returns an arrow function, so fn gets the this of once's own call instead of the caller's.
function once(fn) {
  let called = false;
  let result;
  return (...args) => {
    if (called) return result;
    called = true;
    result = fn(...args);
    return result;
  };
}
