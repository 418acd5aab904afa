// Walks the trie as far as the word goes and uses the last root end on the way, so the longest
// root wins: with ["runner", "run"] the word "runners" becomes "runner".
function replaceWords(roots, sentence) {
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
    let found = word;
    for (let i = 0; i < word.length; i += 1) {
      node = node.children.get(word[i]);
      if (node === undefined) break;
      if (node.end) found = word.slice(0, i + 1);
    }
    return found;
  };
  return sentence.split(' ').map(shorten).join(' ');
}
