function singleNumber(nums) {
  // per bit, the number of values with that bit set, modulo 3: ones = count 1, twos = count 2
  let ones = 0;
  let twos = 0;
  for (const x of nums) {
    ones = (ones ^ x) & ~twos;
    twos = (twos ^ x) & ~ones;
  }
  return ones;
}
