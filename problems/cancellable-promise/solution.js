function makeCancellable(input, onCancel) {
  let done = false; // set once the wrapper has settled, by the input or by cancel
  let rejectWrapper;
  const promise = new Promise((resolve, reject) => {
    rejectWrapper = reject;
    // After a cancel these calls are no-ops: a settled promise ignores resolve and reject.
    Promise.resolve(input).then(
      (value) => {
        done = true;
        resolve(value);
      },
      (reason) => {
        done = true;
        reject(reason);
      },
    );
  });
  function cancel() {
    if (done) return false;
    done = true;
    rejectWrapper({ cancelled: true });
    if (onCancel) onCancel();
    return true;
  }
  return { promise, cancel };
}
