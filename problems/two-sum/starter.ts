function twoSum(nums: number[], target: number): number[] {
  // your code here
  return [];
}
