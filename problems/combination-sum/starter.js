/**
 * @param {number[]} candidates distinct values, each usable any number of times
 * @param {number} target the total to reach
 * @return {number[][]} every combination adding up to target, each once, in any order
 */
function combinationSum(candidates, target) {
  // your code here
  return [[]];
}
