// For every position, counts the copies of its character over the whole string: O(n^2), 10^10
// comparisons for the 100,000-letter tests whose only unique letter is last.
function firstUniqChar(s) {
  for (let i = 0; i < s.length; i += 1) {
    let copies = 0;
    for (let j = 0; j < s.length; j += 1) if (s[j] === s[i]) copies += 1;
    if (copies === 1) return i;
  }
  return -1;
}
