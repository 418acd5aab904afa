/**
 * @param {number[]} prices prices[i] is the price on day i
 * @return {number} the best profit from one buy followed by one later sell, or 0
 */
function maxProfit(prices) {
  // your code here
  return 0;
}
