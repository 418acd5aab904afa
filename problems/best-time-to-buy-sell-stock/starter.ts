function maxProfit(prices: number[]): number {
  // your code here
  return 0;
}
