function groupAnagrams(strs) {
  const groups = new Map(); // letter-count signature -> words with those counts
  for (const word of strs) {
    const counts = new Array(26).fill(0);
    for (let i = 0; i < word.length; i += 1) counts[word.charCodeAt(i) - 97] += 1;
    const key = counts.join('#'); // the separator keeps 1,11 and 11,1 apart
    const group = groups.get(key);
    if (group) group.push(word);
    else groups.set(key, [word]);
  }
  return [...groups.values()];
}
