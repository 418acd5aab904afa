class Trie {
  constructor() {
    // your code here
  }

  insert(word: string): void {
    // your code here
  }

  /** Whether word itself was inserted. */
  search(word: string): boolean {
    return false;
  }

  /** Whether some inserted word starts with prefix. */
  startsWith(prefix: string): boolean {
    return false;
  }
}
