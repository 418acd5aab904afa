function isAnagram(s, t) {
  // one counter per letter: s adds, t takes away; anagrams leave every counter at 0
  const counts = new Array(26).fill(0);
  for (const ch of s) counts[ch.charCodeAt(0) - 97] += 1;
  for (const ch of t) counts[ch.charCodeAt(0) - 97] -= 1;
  for (const count of counts) {
    if (count !== 0) return false;
  }
  return true;
}
