// Counts bits modulo 3 correctly but builds the answer with >>> 0 semantics, so a negative single
// value comes back as a large positive number: -4 gives 4294967292.
function singleNumber(nums) {
  let result = 0;
  for (let bit = 0; bit < 32; bit += 1) {
    let count = 0;
    for (const x of nums) count += (x >>> bit) & 1;
    if (count % 3 === 1) result += 2 ** bit;
  }
  return result;
}
