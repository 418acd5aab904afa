// Counts repaints against the window's first letter instead of its most frequent one: for
// "BAAA" with k = 1 it never repaints the B at the start and answers 3 instead of 4.
function characterReplacement(s, k) {
  let answer = 0;
  let left = 0;
  let repaints = 0;
  for (let right = 0; right < s.length; right += 1) {
    if (s[right] !== s[left]) repaints += 1;
    while (repaints > k) {
      left += 1;
      repaints = 0;
      for (let i = left; i <= right; i += 1) if (s[i] !== s[left]) repaints += 1;
    }
    answer = Math.max(answer, right - left + 1);
  }
  return answer;
}
