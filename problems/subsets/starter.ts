function subsets(nums: number[]): number[][] {
  // your code here
  return [];
}
