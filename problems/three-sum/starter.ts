function threeSum(nums: number[]): number[][] {
  // your code here
  return [];
}
