function replaceWords(roots, sentence) {
  // trie of the roots: Map letter -> child, `end` marks the last letter of a root
  const top = { children: new Map(), end: false };
  for (const root of roots) {
    let node = top;
    for (const ch of root) {
      if (!node.children.has(ch)) node.children.set(ch, { children: new Map(), end: false });
      node = node.children.get(ch);
    }
    node.end = true;
  }
  const shorten = (word) => {
    let node = top;
    for (let i = 0; i < word.length; i += 1) {
      node = node.children.get(word[i]);
      if (node === undefined) return word; // no root is a prefix
      if (node.end) return word.slice(0, i + 1); // first root end = shortest root
    }
    return word;
  };
  return sentence.split(' ').map(shorten).join(' ');
}
