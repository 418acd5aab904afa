// Skips pairs where one word is a prefix of the other without checking which comes first:
// ["apple", "app"] gets an order instead of "".
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
    let j = 0;
    while (j < prev.length && j < word.length && prev[j] === word[j]) j += 1;
    if (j < prev.length && j < word.length && !next.get(prev[j]).has(word[j])) {
      next.get(prev[j]).add(word[j]);
      indegree.set(word[j], indegree.get(word[j]) + 1);
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
