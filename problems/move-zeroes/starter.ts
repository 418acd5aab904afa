function moveZeroes(nums: number[]): number[] {
  // your code here
  return [];
}
