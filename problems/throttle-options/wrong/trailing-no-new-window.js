// Goes idle right after a trailing run instead of opening a new window, so the next call runs at
// once, closer than wait to the trailing run.
function throttle(fn, wait, { leading = true, trailing = true } = {}) {
  let timer = null;
  let saved = null;
  function endWindow() {
    timer = null;
    if (saved) {
      const { self, args } = saved;
      saved = null;
      fn.apply(self, args);
    }
  }
  function throttled(...args) {
    if (timer === null) {
      timer = setTimeout(endWindow, wait);
      if (leading) fn.apply(this, args);
      else if (trailing) saved = { self: this, args };
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
