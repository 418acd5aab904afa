/**
 * Accepts any two different in-range indices whose values sum to the target, in either order.
 * @param {[number[], number]} args
 */
function check(args, actual) {
  const [nums, target] = args;
  if (!Array.isArray(actual) || actual.length !== 2) {
    return 'expected an array of exactly two indices';
  }
  const [i, j] = actual;
  if (!Number.isInteger(i) || !Number.isInteger(j)) return 'both indices must be integers';
  if (i < 0 || j < 0 || i >= nums.length || j >= nums.length) return 'an index is out of range';
  if (i === j) return 'the same element was used twice';
  if (nums[i] + nums[j] !== target) {
    return `nums[${i}] + nums[${j}] = ${nums[i] + nums[j]}, not ${target}`;
  }
  return true;
}
