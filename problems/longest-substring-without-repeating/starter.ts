function lengthOfLongestSubstring(s: string): number {
  // your code here
  return 0;
}
