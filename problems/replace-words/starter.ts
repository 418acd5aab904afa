function replaceWords(roots: string[], sentence: string): string {
  // your code here
  return '';
}
