// Passes resolve() (its result, undefined) to setTimeout instead of resolve itself,
// so the promise fulfills at once and the timer has nothing to call.
function sleep(ms) {
  return new Promise((resolve) => {
    setTimeout(resolve(), ms);
  });
}
