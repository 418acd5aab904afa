function findMaxAverage(nums: number[], k: number): number {
  // your code here
  return NaN;
}
