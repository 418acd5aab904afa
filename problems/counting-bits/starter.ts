function countBits(n: number): number[] {
  // your code here
  return [];
}
