function debounce(fn, wait) {
  let timer = null;
  let lastThis;
  let lastArgs;

  // A regular function, not an arrow, so that `this` is whatever the caller used.
  function debounced(...args) {
    lastThis = this;
    lastArgs = args;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      const context = lastThis;
      const callArgs = lastArgs;
      timer = null;
      lastThis = undefined;
      lastArgs = undefined;
      fn.apply(context, callArgs);
    }, wait);
  }

  debounced.cancel = function cancel() {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    lastThis = undefined;
    lastArgs = undefined;
  };

  return debounced;
}
