// Counts transformations instead of words: every answer is one too small (cat → cot gives 1).
function ladderLength(beginWord, endWord, wordList) {
  const words = new Set(wordList);
  if (!words.has(endWord)) return 0;
  const seen = new Set([beginWord]);
  let level = [beginWord];
  let steps = 0;
  while (level.length > 0) {
    steps += 1;
    const next = [];
    for (const w of level) {
      for (let i = 0; i < w.length; i += 1) {
        for (let k = 0; k < 26; k += 1) {
          const v = w.slice(0, i) + String.fromCharCode(97 + k) + w.slice(i + 1);
          if (!words.has(v) || seen.has(v)) continue;
          if (v === endWord) return steps;
          seen.add(v);
          next.push(v);
        }
      }
    }
    level = next;
  }
  return 0;
}
