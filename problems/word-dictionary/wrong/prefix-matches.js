// Ignores the end-of-word flag: any path that exists counts, so after adding "bald" the search
// for "bal" answers true.
class WordDictionary {
  constructor() {
    this.root = new Map();
  }

  addWord(word) {
    let node = this.root;
    for (const ch of word) {
      if (!node.has(ch)) node.set(ch, new Map());
      node = node.get(ch);
    }
  }

  search(pattern, node = this.root, i = 0) {
    if (i === pattern.length) return true;
    if (pattern[i] !== '.')
      return node.has(pattern[i]) && this.search(pattern, node.get(pattern[i]), i + 1);
    for (const child of node.values()) if (this.search(pattern, child, i + 1)) return true;
    return false;
  }
}
