// Rejects with an Error('cancelled') instead of the { cancelled: true } object the callers check.
function makeCancellable(input, onCancel) {
  let done = false;
  let rejectWrapper;
  const promise = new Promise((resolve, reject) => {
    rejectWrapper = reject;
    Promise.resolve(input).then(
      (value) => {
        if (!done) {
          done = true;
          resolve(value);
        }
      },
      (reason) => {
        if (!done) {
          done = true;
          reject(reason);
        }
      },
    );
  });
  function cancel() {
    if (done) return false;
    done = true;
    rejectWrapper(new Error('cancelled'));
    if (onCancel) onCancel();
    return true;
  }
  return { promise, cancel };
}
