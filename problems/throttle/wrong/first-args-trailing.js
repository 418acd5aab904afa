// Schedules the trailing call on the first call inside the window and captures that call's
// arguments, so later calls in the same window are lost.
function throttle(fn, wait) {
  let timer = null;
  let trailing = null;
  function endWindow() {
    if (trailing) {
      const run = trailing;
      trailing = null;
      run();
      timer = setTimeout(endWindow, wait);
    } else {
      timer = null;
    }
  }
  return function throttled(...args) {
    if (timer === null) {
      fn.apply(this, args);
      timer = setTimeout(endWindow, wait);
    } else if (!trailing) {
      trailing = () => fn.apply(this, args);
    }
  };
}
