// Ignores calls while a timer is pending (a throttle, not a debounce): the wait is not
// restarted and fn gets the first call's arguments instead of the latest.
function debounce(fn, wait) {
  let timer = null;
  function debounced(...args) {
    if (timer !== null) return;
    timer = setTimeout(() => {
      timer = null;
      fn.apply(this, args);
    }, wait);
  }
  debounced.cancel = () => {
    clearTimeout(timer);
    timer = null;
  };
  return debounced;
}
