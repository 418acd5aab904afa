// With leading: false, the call that opens the window is neither run nor saved, so a lone call
// never runs.
function throttle(fn, wait, { leading = true, trailing = true } = {}) {
  let timer = null;
  let saved = null;
  function endWindow() {
    if (saved) {
      const { self, args } = saved;
      saved = null;
      timer = setTimeout(endWindow, wait);
      fn.apply(self, args);
    } else {
      timer = null;
    }
  }
  function throttled(...args) {
    if (timer === null) {
      timer = setTimeout(endWindow, wait);
      if (leading) fn.apply(this, args);
    } else if (trailing) {
      saved = { self: this, args };
    }
  }
  throttled.cancel = () => {
    clearTimeout(timer);
    timer = null;
    saved = null;
  };
  return throttled;
}
