function isPalindrome(s: string): boolean {
  // your code here
  return false;
}
