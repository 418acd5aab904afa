// Saves calls made inside the window even with trailing: false, so they still run at its end.
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
      else if (trailing) saved = { self: this, args };
    } else {
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
