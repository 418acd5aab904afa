function majorityElement(nums: number[]): number {
  // your code here
  return null as unknown as number;
}
