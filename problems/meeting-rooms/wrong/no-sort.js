// Compares each meeting only with the one listed just before it, assuming the input is already in time order.
function canAttendAll(meetings) {
  for (let i = 1; i < meetings.length; i += 1) {
    const [prev, curr] = [meetings[i - 1], meetings[i]];
    if (curr[0] < prev[1] && prev[0] < curr[1]) return false;
  }
  return true;
}
