class WordDictionary {
  constructor() {
    this.root = { children: new Map(), end: false };
  }

  addWord(word) {
    let node = this.root;
    for (const ch of word) {
      let child = node.children.get(ch);
      if (child === undefined) {
        child = { children: new Map(), end: false };
        node.children.set(ch, child);
      }
      node = child;
    }
    node.end = true;
  }

  search(pattern) {
    return this.match(this.root, pattern, 0);
  }

  /** Whether pattern.slice(i) leads from node to the end of an added word. */
  match(node, pattern, i) {
    if (i === pattern.length) return node.end;
    const ch = pattern[i];
    if (ch !== '.') {
      const child = node.children.get(ch);
      return child !== undefined && this.match(child, pattern, i + 1);
    }
    for (const child of node.children.values()) {
      if (this.match(child, pattern, i + 1)) return true;
    }
    return false;
  }
}
