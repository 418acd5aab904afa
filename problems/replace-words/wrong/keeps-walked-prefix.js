// Ignores the end flag: it walks the trie as far as the word goes and returns the letters walked,
// so with the root "cab" the word "cattle" becomes "ca".
function replaceWords(roots, sentence) {
  const top = new Map();
  for (const root of roots) {
    let node = top;
    for (const ch of root) {
      if (!node.has(ch)) node.set(ch, new Map());
      node = node.get(ch);
    }
  }
  const shorten = (word) => {
    let node = top;
    let i = 0;
    while (i < word.length && node.has(word[i])) {
      node = node.get(word[i]);
      i += 1;
      if (node.size === 0) break;
    }
    return i > 0 ? word.slice(0, i) : word;
  };
  return sentence.split(' ').map(shorten).join(' ');
}
