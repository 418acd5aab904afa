// Compares JSON.stringify output: objects with the same keys written in another order differ.
function deepEqual(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}
