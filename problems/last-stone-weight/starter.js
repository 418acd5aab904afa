/**
 * @param {number[]} stones weights of the stones
 * @return {number} weight of the last stone, or 0 if none is left
 */
function lastStoneWeight(stones) {
  // your code here
  return 0;
}
