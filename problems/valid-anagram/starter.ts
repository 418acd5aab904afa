function isAnagram(s: string, t: string): boolean {
  // your code here
  return null as unknown as boolean;
}
