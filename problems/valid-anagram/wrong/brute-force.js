// Counts every letter of s by rescanning both strings: O(n^2), about 2·10^10 character comparisons
// for two anagrams of 100,000 letters.
function isAnagram(s, t) {
  if (s.length !== t.length) return false;
  const count = (text, letter) => {
    let copies = 0;
    for (let i = 0; i < text.length; i += 1) if (text[i] === letter) copies += 1;
    return copies;
  };
  for (const ch of s) {
    if (count(s, ch) !== count(t, ch)) return false;
  }
  return true;
}
