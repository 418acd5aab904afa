/**
 * @param {number[]} coins available coin values (unlimited supply of each)
 * @param {number} amount the exact total to pay
 * @return {number} the fewest coins that add up to amount, or -1 if impossible
 */
function fewestCoins(coins, amount) {
  // your code here
  return -1;
}
