// For every meeting, counts the meetings running at its start: O(n^2), 2.5·10^9 checks for the
// 50,000 meetings of the largest test.
function minMeetingRooms(meetings) {
  let most = 0;
  for (const [s] of meetings) {
    let running = 0;
    for (const [a, b] of meetings) if (a <= s && s < b) running += 1;
    most = Math.max(most, running);
  }
  return most;
}
