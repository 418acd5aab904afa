// Only marks the wrapper as cancelled and waits for the input to settle before rejecting, so a
// cancelled promise whose input never settles stays pending forever.
function makeCancellable(input, onCancel) {
  let done = false;
  let cancelled = false;
  const promise = new Promise((resolve, reject) => {
    const settle = (fn, x) => {
      done = true;
      if (cancelled) reject({ cancelled: true });
      else fn(x);
    };
    Promise.resolve(input).then(
      (value) => settle(resolve, value),
      (reason) => settle(reject, reason),
    );
  });
  function cancel() {
    if (done || cancelled) return false;
    cancelled = true;
    if (onCancel) onCancel();
    return true;
  }
  return { promise, cancel };
}
