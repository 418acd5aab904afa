// Only checks that the character does not appear again later, not before: for "abab" the a at
// index 2 has no later copy, so it returns 2 instead of -1.
function firstUniqChar(s) {
  for (let i = 0; i < s.length; i += 1) {
    if (s.indexOf(s[i], i + 1) === -1) return i;
  }
  return -1;
}
