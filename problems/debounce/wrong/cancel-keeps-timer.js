// cancel() forgets the timer id but never calls clearTimeout, so the pending call still runs.
function debounce(fn, wait) {
  let timer = null;
  function debounced(...args) {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      fn.apply(this, args);
    }, wait);
  }
  debounced.cancel = () => {
    timer = null;
  };
  return debounced;
}
