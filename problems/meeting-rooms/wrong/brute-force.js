// Correct, but compares every pair of meetings: O(n²) runs out of time on the 30,000-meeting test.
function canAttendAll(meetings) {
  for (let i = 0; i < meetings.length; i += 1) {
    for (let j = i + 1; j < meetings.length; j += 1) {
      const [a, b] = [meetings[i], meetings[j]];
      if (a[0] < b[1] && b[0] < a[1]) return false;
    }
  }
  return true;
}
