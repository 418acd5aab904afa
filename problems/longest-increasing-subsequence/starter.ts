function longestIncreasingSubsequence(nums: number[]): number[] {
  // your code here
  return [];
}
