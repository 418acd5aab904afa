function countWays(n: number): number {
  // your code here
  return 0;
}
