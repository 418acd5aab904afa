// Sorts the times with the default sort, which compares numbers as strings: 100 comes before 20,
// so the sweep releases rooms in the wrong order.
function minMeetingRooms(meetings) {
  const starts = meetings.map((m) => m[0]).sort();
  const ends = meetings.map((m) => m[1]).sort();
  let inUse = 0;
  let most = 0;
  let e = 0;
  for (const s of starts) {
    while (ends[e] <= s) {
      e += 1;
      inUse -= 1;
    }
    inUse += 1;
    most = Math.max(most, inUse);
  }
  return most;
}
