function findSingle(nums: number[]): number {
  // your code here
  return 0;
}
