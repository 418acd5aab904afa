function isValid(s: string): boolean {
  // your code here
  return false;
}
