// Right table, but forgets to turn "still Infinity" into -1 for amounts that cannot be paid.
function fewestCoins(coins, amount) {
  const best = new Array(amount + 1).fill(Infinity);
  best[0] = 0;
  for (let x = 1; x <= amount; x += 1) {
    for (const c of coins) {
      if (c <= x) best[x] = Math.min(best[x], best[x - c] + 1);
    }
  }
  return best[amount];
}
