// Waits with a chain of microtasks instead of a timer: the delay is ignored and the
// promise fulfills before any timer (even a 0 ms one) could run.
async function sleep(ms) {
  for (let i = 0; i < Math.min(ms, 3); i += 1) await null;
}
