function trap(height: number[]): number {
  // your code here
  return 0;
}
