function frequencySort(nums: number[]): number[] {
  // your code here
  return [...nums];
}
