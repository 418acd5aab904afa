function groupAnagrams(strs: string[]): string[][] {
  // your code here
  return [];
}
