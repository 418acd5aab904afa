function findWords(board: string[][], words: string[]): string[] {
  // your code here
  return [];
}
