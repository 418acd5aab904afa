// Checks only that t has at least as many of each letter as s: "ab" and "abc" are reported as
// anagrams although t has a letter left over.
function isAnagram(s, t) {
  const counts = new Array(26).fill(0);
  for (const ch of t) counts[ch.charCodeAt(0) - 97] += 1;
  for (const ch of s) {
    counts[ch.charCodeAt(0) - 97] -= 1;
    if (counts[ch.charCodeAt(0) - 97] < 0) return false;
  }
  return true;
}
