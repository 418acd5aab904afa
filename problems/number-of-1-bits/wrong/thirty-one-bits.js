// Checks bit positions 0 to 30 only (i < 31), so the top bit is never counted: 2^31 gives 0.
function hammingWeight(n) {
  let count = 0;
  for (let i = 0; i < 31; i += 1) count += (n >>> i) & 1;
  return count;
}
