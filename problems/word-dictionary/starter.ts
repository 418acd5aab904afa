class WordDictionary {
  constructor() {
    // your code here
  }

  addWord(word: string): void {
    // your code here
  }

  /** Whether an added word matches the pattern ('.' is any one letter). */
  search(pattern: string): boolean {
    return false;
  }
}
