// Correct, but keeps a plain list of words: every startsWith scans all stored words, O(n·L)
// per call, which runs out of time with 19,000 words and 19,000 prefix queries.
class Trie {
  constructor() {
    this.words = [];
  }

  insert(word) {
    if (!this.words.includes(word)) this.words.push(word);
  }

  search(word) {
    return this.words.includes(word);
  }

  startsWith(prefix) {
    return this.words.some((w) => w.startsWith(prefix));
  }
}
