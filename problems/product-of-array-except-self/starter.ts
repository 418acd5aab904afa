function productExceptSelf(nums: number[]): number[] {
  // your code here
  return nums.map(() => 0);
}
