function lcsLength(first: string, second: string): number {
  // your code here
  return 0;
}
