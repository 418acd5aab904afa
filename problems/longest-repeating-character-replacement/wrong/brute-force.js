// Tries every start and grows the window with running counts: O(n^2), about 5·10^9 steps for the
// 100,000-letter tests.
function characterReplacement(s, k) {
  let answer = 0;
  for (let i = 0; i < s.length; i += 1) {
    const count = new Array(26).fill(0);
    let top = 0;
    for (let j = i; j < s.length; j += 1) {
      const c = s.charCodeAt(j) - 65;
      count[c] += 1;
      top = Math.max(top, count[c]);
      if (j - i + 1 - top <= k) answer = Math.max(answer, j - i + 1);
    }
  }
  return answer;
}
