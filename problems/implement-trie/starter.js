class Trie {
  constructor() {
    // your code here
  }

  /** @param {string} word */
  insert(word) {
    // your code here
  }

  /** @param {string} word @return {boolean} whether word itself was inserted */
  search(word) {
    return false;
  }

  /** @param {string} prefix @return {boolean} whether some inserted word starts with prefix */
  startsWith(prefix) {
    return false;
  }
}
