function partitionLabels(s: string): number[] {
  // your code here
  return [];
}
