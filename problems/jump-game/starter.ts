function canReachEnd(nums: number[]): boolean {
  // your code here
  return false;
}
