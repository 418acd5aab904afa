/**
 * @param {number[]} height height[i] is the wall at position i
 * @return {number} the most water two walls can hold
 */
function maxArea(height) {
  // your code here
  return -1;
}
