function fewestCoins(coins, amount) {
  // best[x] = fewest coins paying exactly x (Infinity while x cannot be paid)
  const best = new Array(amount + 1).fill(Infinity);
  best[0] = 0;
  for (let x = 1; x <= amount; x += 1) {
    for (const c of coins) {
      if (c <= x && best[x - c] + 1 < best[x]) best[x] = best[x - c] + 1;
    }
  }
  return best[amount] === Infinity ? -1 : best[amount];
}
