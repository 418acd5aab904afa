// The common flag-based throttle: calls inside the window are simply dropped,
// so the latest call never runs.
function throttle(fn, wait) {
  let waiting = false;
  return function throttled(...args) {
    if (waiting) return;
    fn.apply(this, args);
    waiting = true;
    setTimeout(() => {
      waiting = false;
    }, wait);
  };
}
