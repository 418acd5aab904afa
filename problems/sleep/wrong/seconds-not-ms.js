// Treats the argument as seconds and multiplies it by 1000.
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms * 1000));
}
