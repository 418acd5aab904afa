function containsDuplicate(nums: number[]): boolean {
  // your code here
  return false;
}
