/**
 * @param {number[]} nums the ballots; one value appears more than n / 2 times
 * @return {number} that value
 */
function majorityElement(nums) {
  // your code here
  return null;
}
