// On a dot follows only the first child instead of trying them all (no backtracking): with "cart"
// and "care" stored, "ca.e" goes down t and answers false.
class WordDictionary {
  constructor() {
    this.root = { children: new Map(), end: false };
  }

  addWord(word) {
    let node = this.root;
    for (const ch of word) {
      if (!node.children.has(ch)) node.children.set(ch, { children: new Map(), end: false });
      node = node.children.get(ch);
    }
    node.end = true;
  }

  search(pattern) {
    let node = this.root;
    for (const ch of pattern) {
      node = ch === '.' ? node.children.values().next().value : node.children.get(ch);
      if (node === undefined) return false;
    }
    return node.end;
  }
}
