function combinationSum(candidates: number[], target: number): number[][] {
  // your code here
  return [[]];
}
