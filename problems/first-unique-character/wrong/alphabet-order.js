// Walks the counts in alphabet order instead of string order, returning the position of the
// alphabetically first unique letter: "zaab" returns 3 (b) instead of 0 (z).
function firstUniqChar(s) {
  const count = new Array(26).fill(0);
  for (let i = 0; i < s.length; i += 1) count[s.charCodeAt(i) - 97] += 1;
  for (let c = 0; c < 26; c += 1) {
    if (count[c] === 1) return s.indexOf(String.fromCharCode(97 + c));
  }
  return -1;
}
