function search(nums: number[], target: number): number {
  // your code here
  return -1;
}
