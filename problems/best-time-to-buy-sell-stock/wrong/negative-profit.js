// Starts the best profit from the first possible trade instead of from 0 ("no trade"),
// so falling prices give a negative answer, and a single day gives -Infinity.
function maxProfit(prices) {
  let minPrice = prices[0];
  let best = -Infinity;
  for (let i = 1; i < prices.length; i += 1) {
    best = Math.max(best, prices[i] - minPrice);
    minPrice = Math.min(minPrice, prices[i]);
  }
  return best;
}
