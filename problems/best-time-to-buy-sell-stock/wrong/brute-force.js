// Correct profits, but tries every (buy, sell) pair of days: O(n²),
// too slow for the 100,000-day test.
function maxProfit(prices) {
  let best = 0;
  for (let buy = 0; buy < prices.length; buy += 1) {
    for (let sell = buy + 1; sell < prices.length; sell += 1) {
      best = Math.max(best, prices[sell] - prices[buy]);
    }
  }
  return best;
}
