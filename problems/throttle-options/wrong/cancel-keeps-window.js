// cancel forgets the saved call but leaves the timer running, so the next call is still treated
// as a call inside the old window.
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
    } else if (trailing) {
      saved = { self: this, args };
    }
  }
  throttled.cancel = () => {
    saved = null;
  };
  return throttled;
}
