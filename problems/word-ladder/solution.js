function ladderLength(beginWord, endWord, wordList) {
  const words = new Set(wordList);
  if (!words.has(endWord)) return 0;
  const L = beginWord.length;
  // Bucket every dictionary word by its wildcard patterns: "hot" -> "*ot", "h*t", "ho*".
  const buckets = new Map();
  for (const w of words) {
    for (let i = 0; i < L; i += 1) {
      const pattern = w.slice(0, i) + '*' + w.slice(i + 1);
      const bucket = buckets.get(pattern);
      if (bucket === undefined) buckets.set(pattern, [w]);
      else bucket.push(w);
    }
  }
  const seen = new Set([beginWord]);
  let level = [beginWord];
  let length = 1; // words in the sequence so far
  while (level.length > 0) {
    length += 1;
    const next = [];
    for (const w of level) {
      for (let i = 0; i < L; i += 1) {
        const pattern = w.slice(0, i) + '*' + w.slice(i + 1);
        const bucket = buckets.get(pattern);
        if (bucket === undefined) continue;
        for (const v of bucket) {
          if (v === endWord) return length;
          if (!seen.has(v)) {
            seen.add(v); // mark when queued, so a word is queued once
            next.push(v);
          }
        }
        buckets.delete(pattern); // every word in it is now seen: never scan it again
      }
    }
    level = next;
  }
  return 0;
}
