function hammingWeight(n: number): number {
  // your code here
  return 0;
}
