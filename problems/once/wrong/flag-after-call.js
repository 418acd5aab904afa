// Sets the flag only after fn returns: a first call that throws leaves it unset, so fn runs again.
function once(fn) {
  let called = false;
  let result;
  return function (...args) {
    if (called) return result;
    result = fn.apply(this, args);
    called = true;
    return result;
  };
}
