function fewestCoins(coins: number[], amount: number): number {
  // your code here
  return -1;
}
