// Never remembers that the wrapper settled: cancel returns true and calls onCancel every time.
function makeCancellable(input, onCancel) {
  let rejectWrapper;
  const promise = new Promise((resolve, reject) => {
    rejectWrapper = reject;
    Promise.resolve(input).then(resolve, reject);
  });
  function cancel() {
    rejectWrapper({ cancelled: true });
    if (onCancel) onCancel();
    return true;
  }
  return { promise, cancel };
}
