function replaceWords(roots, sentence) {
  // trie of the roots: Map letter -> child, `end` marks the last letter of a root
  const top = { children: new Map() };
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
    let walked = 0;
    for (const ch of word) {
      node = node.children.get(ch);
      walked += 1;
      if (node === undefined) return word; // no root is a prefix
      if (node.end) return word.slice(0, walked); // first root end = shortest root
    }
    return word;
  };
  return sentence.split(' ').map(shorten).join(' ');
}
