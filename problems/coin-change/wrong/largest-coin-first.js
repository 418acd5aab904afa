// Greedy: takes as many of the largest coin as fit, then the next largest, and so on.
// For [1, 4, 5] and 8 it pays 5 + 1 + 1 + 1 (4 coins) instead of 4 + 4, and it can miss exact payments.
function fewestCoins(coins, amount) {
  const sorted = [...coins].sort((a, b) => b - a);
  let left = amount;
  let count = 0;
  for (const c of sorted) {
    count += Math.floor(left / c);
    left %= c;
  }
  return left === 0 ? count : -1;
}
