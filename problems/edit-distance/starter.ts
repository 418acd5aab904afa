function minEdits(source: string, target: string): number {
  // your code here
  return 0;
}
