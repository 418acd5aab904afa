function alienOrder(words) {
  // every letter that appears is a node, even one that takes part in no rule
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
  // neighbouring words give one rule at their first difference
  for (let i = 1; i < words.length; i += 1) {
    const prev = words[i - 1];
    const word = words[i];
    const limit = Math.min(prev.length, word.length);
    let j = 0;
    while (j < limit && prev[j] === word[j]) j += 1;
    if (j < limit) {
      const rules = next.get(prev[j]);
      if (!rules.has(word[j])) {
        rules.add(word[j]);
        indegree.set(word[j], indegree.get(word[j]) + 1);
      }
    } else if (prev.length > word.length) {
      return ''; // a word right before its own prefix
    }
  }
  // Kahn: repeatedly emit a letter whose incoming rules are all used up
  const ready = [];
  for (const [ch, count] of indegree) {
    if (count === 0) ready.push(ch);
  }
  let order = '';
  while (ready.length > 0) {
    const ch = ready.pop();
    order += ch;
    for (const after of next.get(ch)) {
      indegree.set(after, indegree.get(after) - 1);
      if (indegree.get(after) === 0) ready.push(after);
    }
  }
  // letters left over sit on a cycle of rules
  return order.length === next.size ? order : '';
}
