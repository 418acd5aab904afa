function maxSlidingWindow(nums: number[], k: number): number[] {
  // your code here
  return [];
}
