// Correct, but finds the neighbours of each word by comparing it with the whole word list:
// O(N²·L) for N words, too slow for 20,000 words.
function ladderLength(beginWord, endWord, wordList) {
  if (!wordList.includes(endWord)) return 0;
  const oneApart = (a, b) => {
    let diff = 0;
    for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i] && ++diff > 1) return false;
    return diff === 1;
  };
  const seen = new Set([beginWord]);
  let level = [beginWord];
  let length = 1;
  while (level.length > 0) {
    length += 1;
    const next = [];
    for (const w of level) {
      for (const v of wordList) {
        if (seen.has(v) || !oneApart(w, v)) continue;
        if (v === endWord) return length;
        seen.add(v);
        next.push(v);
      }
    }
    level = next;
  }
  return 0;
}
