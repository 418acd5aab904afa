function once(fn) {
  let called = false;
  let result;
  // A regular function, not an arrow, so that fn sees the caller's this.
  return function (...args) {
    if (called) return result;
    called = true; // before calling fn: a throwing or re-entrant fn still runs only once
    result = fn.apply(this, args);
    return result;
  };
}
