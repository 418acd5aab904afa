// Arrow functions everywhere: fn is called with no this, not the caller's.
function throttle(fn, wait) {
  let timer = null;
  let pending = null;
  const endWindow = () => {
    if (!pending) {
      timer = null;
      return;
    }
    const args = pending;
    pending = null;
    fn(...args);
    timer = setTimeout(endWindow, wait);
  };
  return (...args) => {
    if (timer === null) {
      fn(...args);
      timer = setTimeout(endWindow, wait);
    } else {
      pending = args;
    }
  };
}
