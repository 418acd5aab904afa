// Ignores the order of days: subtracts the overall lowest price from the overall highest,
// even when the highest price comes before the lowest one.
function maxProfit(prices) {
  return Math.max(...prices) - Math.min(...prices);
}
