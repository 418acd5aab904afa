/**
 * floor(n / 2) distinct values in [-10^6, 10^6], each twice, plus one more value once, shuffled
 * (2 * floor(n / 2) + 1 elements).
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const used = new Set();
  const fresh = () => {
    let v;
    do v = Math.floor(random() * 2000001) - 1000000;
    while (used.has(v));
    used.add(v);
    return v;
  };
  const nums = [fresh()];
  for (let k = 0; k < Math.floor(n / 2); k += 1) {
    const v = fresh();
    nums.push(v, v);
  }
  for (let k = nums.length - 1; k > 0; k -= 1) {
    const j = Math.floor(random() * (k + 1));
    [nums[k], nums[j]] = [nums[j], nums[k]];
  }
  return [nums];
}
