function firstUniqChar(s: string): number {
  // your code here
  return -2;
}
