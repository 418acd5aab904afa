// Reads only trailing: a call made while idle always runs at once, even with leading: false.
function throttle(fn, wait, { trailing = true } = {}) {
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
      fn.apply(this, args);
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
