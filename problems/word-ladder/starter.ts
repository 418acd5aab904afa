function ladderLength(beginWord: string, endWord: string, wordList: string[]): number {
  // your code here
  return 0;
}
