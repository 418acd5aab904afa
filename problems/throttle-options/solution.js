function throttle(fn, wait, { leading = true, trailing = true } = {}) {
  let timer = null; // non-null while a window is open
  let saved = null; // { self, args } of the latest call to run at the window's end

  function endWindow() {
    if (saved) {
      const { self, args } = saved;
      saved = null;
      timer = setTimeout(endWindow, wait); // a trailing run opens a new window
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
