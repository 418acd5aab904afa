/**
 * Accepts any strictly increasing subsequence of nums as long as the expected one.
 * @param {[number[]]} args
 */
function check(args, actual, expected) {
  const [nums] = args;
  if (!Array.isArray(actual)) return 'expected an array of values';
  if (actual.length !== expected.length) {
    return `length ${actual.length}, but the longest increasing subsequence has length ${expected.length}`;
  }
  let at = 0;
  for (let k = 0; k < actual.length; k += 1) {
    const v = actual[k];
    if (typeof v !== 'number') return `element ${k} is not a number`;
    if (k > 0 && !(actual[k - 1] < v)) return `not strictly increasing at position ${k}`;
    while (at < nums.length && nums[at] !== v) at += 1;
    if (at === nums.length) return `element ${k} (${v}) is not in nums after the previous one`;
    at += 1;
  }
  return true;
}
