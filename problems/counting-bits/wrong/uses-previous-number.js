// Mixes up the recurrence: builds on i - 1 instead of i >> 1. Adding 1 can carry and clear several
// bits (3 = 11 → 4 = 100), but this gives 4 the count of 3, which is 2 instead of 1.
function countBits(n) {
  const bits = [0];
  for (let i = 1; i <= n; i += 1) bits.push(bits[i - 1] + (i & 1));
  return bits;
}
