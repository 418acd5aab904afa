function minWindow(s: string, t: string): string {
  // your code here
  return '';
}
