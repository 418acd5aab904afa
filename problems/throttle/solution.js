function throttle(fn, wait) {
  let timer = null; // non-null while a wait window is open
  let pendingThis;
  let pendingArgs = null; // the latest call made inside the window, if any

  function endWindow() {
    if (pendingArgs === null) {
      timer = null; // nothing happened during the window: go idle
      return;
    }
    const context = pendingThis;
    const args = pendingArgs;
    pendingThis = undefined;
    pendingArgs = null;
    fn.apply(context, args);
    timer = setTimeout(endWindow, wait); // the trailing call opens a new window
  }

  // A regular function, not an arrow, so that `this` is whatever the caller used.
  return function throttled(...args) {
    if (timer === null) {
      fn.apply(this, args);
      timer = setTimeout(endWindow, wait);
    } else {
      pendingThis = this;
      pendingArgs = args;
    }
  };
}
