// Correct sizes, but finds each letter's last index again at every position by scanning back from
// the end of the string: O(n^2) overall, too slow for about 100,000 letters in 26 parts.
function partitionLabels(s) {
  const sizes = [];
  let start = 0;
  let end = 0;
  for (let i = 0; i < s.length; i += 1) {
    let last = s.length - 1;
    while (s[last] !== s[i]) last -= 1;
    end = Math.max(end, last);
    if (i === end) {
      sizes.push(end - start + 1);
      start = i + 1;
    }
  }
  return sizes;
}
