function swimInWater(grid: number[][]): number {
  // your code here
  return -1;
}
