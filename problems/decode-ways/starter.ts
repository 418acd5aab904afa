function numDecodings(s: string): number {
  // your code here
  return -1;
}
