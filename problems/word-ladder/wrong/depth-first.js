// Uses depth-first search and returns the length of the FIRST ladder it finds, which is not
// necessarily the shortest one.
function ladderLength(beginWord, endWord, wordList) {
  const words = new Set(wordList);
  if (!words.has(endWord)) return 0;
  const seen = new Set([beginWord]);
  const dfs = (w, length) => {
    if (w === endWord) return length;
    for (let i = 0; i < w.length; i += 1) {
      for (let k = 0; k < 26; k += 1) {
        const v = w.slice(0, i) + String.fromCharCode(97 + k) + w.slice(i + 1);
        if (!words.has(v) || seen.has(v)) continue;
        seen.add(v);
        const found = dfs(v, length + 1);
        if (found > 0) return found;
      }
    }
    return 0;
  };
  return dfs(beginWord, 1);
}
