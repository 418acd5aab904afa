function missingNumber(nums: number[]): number {
  // your code here
  return -1;
}
