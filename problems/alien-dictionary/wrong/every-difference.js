// Takes a rule from every position where neighbouring words differ, not just the first:
// ["ab", "ba"] adds "b before a" from the second position and reports a cycle, though "ab" fits.
function alienOrder(words) {
  const next = new Map();
  const indegree = new Map();
  for (const word of words) {
    for (const ch of word) {
      if (!next.has(ch)) {
        next.set(ch, new Set());
        indegree.set(ch, 0);
      }
    }
  }
  for (let i = 1; i < words.length; i += 1) {
    const prev = words[i - 1];
    const word = words[i];
    const limit = Math.min(prev.length, word.length);
    let differs = false;
    for (let j = 0; j < limit; j += 1) {
      if (prev[j] === word[j]) continue;
      differs = true;
      if (!next.get(prev[j]).has(word[j])) {
        next.get(prev[j]).add(word[j]);
        indegree.set(word[j], indegree.get(word[j]) + 1);
      }
    }
    if (!differs && prev.length > word.length) return '';
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
