function lastStoneWeight(stones: number[]): number {
  // your code here
  return 0;
}
