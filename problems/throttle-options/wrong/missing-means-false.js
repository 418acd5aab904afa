// Tests the options with plain truthiness of a missing field, so leaving one out switches that
// edge off instead of on.
function throttle(fn, wait, options = {}) {
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
      if (options.leading) fn.apply(this, args);
      else if (options.trailing) saved = { self: this, args };
    } else if (options.trailing) {
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
