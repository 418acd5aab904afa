// Shifts with >> instead of >>>: for n >= 2^31 the sign bit is copied in from the left, n gets stuck
// at -1 and the loop never ends.
function hammingWeight(n) {
  let count = 0;
  while (n !== 0) {
    count += n & 1;
    n >>= 1;
  }
  return count;
}
