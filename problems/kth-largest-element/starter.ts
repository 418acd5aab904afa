function findKthLargest(nums: number[], k: number): number {
  // your code here
  return 0;
}
