function maxSubarraySum(nums: number[]): number {
  // your code here
  return 0;
}
