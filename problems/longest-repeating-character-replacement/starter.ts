function characterReplacement(s: string, k: number): number {
  // your code here
  return 0;
}
