class WordDictionary {
  constructor() {
    // your code here
  }

  /** @param {string} word */
  addWord(word) {
    // your code here
  }

  /** @param {string} pattern letters and '.' @return {boolean} whether an added word matches */
  search(pattern) {
    return false;
  }
}
