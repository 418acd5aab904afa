// Runs the trailing call but then goes idle at once: a call just after the trailing call
// runs immediately, so fn can run twice within wait ms.
function throttle(fn, wait) {
  let timer = null;
  let lastThis;
  let lastArgs = null;
  return function throttled(...args) {
    if (timer === null) {
      fn.apply(this, args);
      timer = setTimeout(() => {
        timer = null;
        if (lastArgs) {
          const a = lastArgs;
          lastArgs = null;
          fn.apply(lastThis, a);
        }
      }, wait);
    } else {
      lastThis = this;
      lastArgs = args;
    }
  };
}
