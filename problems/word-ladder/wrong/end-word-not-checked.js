// Tries all letters at each position and accepts endWord as soon as it is generated, before
// checking that it is in the dictionary: a ladder to a missing endWord is reported.
function ladderLength(beginWord, endWord, wordList) {
  const words = new Set(wordList);
  const seen = new Set([beginWord]);
  let level = [beginWord];
  let length = 1;
  while (level.length > 0) {
    length += 1;
    const next = [];
    for (const w of level) {
      for (let i = 0; i < w.length; i += 1) {
        for (let k = 0; k < 26; k += 1) {
          const v = w.slice(0, i) + String.fromCharCode(97 + k) + w.slice(i + 1);
          if (v === endWord) return length;
          if (!words.has(v) || seen.has(v)) continue;
          seen.add(v);
          next.push(v);
        }
      }
    }
    level = next;
  }
  return 0;
}
