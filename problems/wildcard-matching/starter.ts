function isMatch(s: string, p: string): boolean {
  // your code here
  return null as unknown as boolean;
}
