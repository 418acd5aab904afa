// Correct recurrence, but recursive without memoisation: the same remainders are solved again and
// again, exponential in the amount, so the 10,000-cent tests run out of time.
function fewestCoins(coins, amount) {
  if (amount === 0) return 0;
  let best = -1;
  for (const c of coins) {
    if (c > amount) continue;
    const rest = fewestCoins(coins, amount - c);
    if (rest !== -1 && (best === -1 || rest + 1 < best)) best = rest + 1;
  }
  return best;
}
