function firstMissingPositive(nums: number[]): number {
  // your code here
  return -1;
}
