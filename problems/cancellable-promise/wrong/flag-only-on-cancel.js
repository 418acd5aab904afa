// Sets the flag only in cancel, so a cancel after the input settled still returns true and calls
// onCancel (the rejection itself is a no-op on the settled promise).
function makeCancellable(input, onCancel) {
  let cancelled = false;
  let rejectWrapper;
  const promise = new Promise((resolve, reject) => {
    rejectWrapper = reject;
    Promise.resolve(input).then(
      (value) => {
        if (!cancelled) resolve(value);
      },
      (reason) => {
        if (!cancelled) reject(reason);
      },
    );
  });
  function cancel() {
    if (cancelled) return false;
    cancelled = true;
    rejectWrapper({ cancelled: true });
    if (onCancel) onCancel();
    return true;
  }
  return { promise, cancel };
}
