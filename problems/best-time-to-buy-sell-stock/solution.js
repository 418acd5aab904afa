function maxProfit(prices) {
  let minPrice = Infinity; // cheapest day so far: the left end of the best window
  let best = 0; // not trading earns 0
  for (const price of prices) {
    best = Math.max(best, price - minPrice);
    minPrice = Math.min(minPrice, price);
  }
  return best;
}
