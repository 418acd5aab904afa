// Correct, but keeps a plain list and compares the pattern with every stored word: O(words × L)
// per search, which runs out of time with 12,000 words and 12,000 searches.
class WordDictionary {
  constructor() {
    this.words = [];
  }

  addWord(word) {
    this.words.push(word);
  }

  search(pattern) {
    return this.words.some((w) => {
      if (w.length !== pattern.length) return false;
      for (let i = 0; i < w.length; i += 1) {
        if (pattern[i] !== '.' && pattern[i] !== w[i]) return false;
      }
      return true;
    });
  }
}
