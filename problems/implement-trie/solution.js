class TrieNode {
  constructor() {
    this.children = new Map(); // character -> TrieNode
    this.end = false; // true when an inserted word finishes here
  }
}

class Trie {
  constructor() {
    this.root = new TrieNode();
  }

  insert(word) {
    let node = this.root;
    for (let i = 0; i < word.length; i += 1) {
      const ch = word[i];
      let child = node.children.get(ch);
      if (child === undefined) {
        child = new TrieNode();
        node.children.set(ch, child);
      }
      node = child;
    }
    node.end = true;
  }

  search(word) {
    const node = this.walk(word);
    return node !== null && node.end;
  }

  startsWith(prefix) {
    return this.walk(prefix) !== null;
  }

  /** The node reached by following text from the root, or null if the path breaks off. */
  walk(text) {
    let node = this.root;
    for (let i = 0; i < text.length; i += 1) {
      node = node.children.get(text[i]);
      if (node === undefined) return null;
    }
    return node;
  }
}
