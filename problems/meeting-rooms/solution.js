function canAttendAll(meetings) {
  // Sort a copy numerically by start: after that, any clash shows up between neighbours.
  const sorted = [...meetings].sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < sorted.length; i += 1) {
    if (sorted[i][0] < sorted[i - 1][1]) return false; // strict: back to back is allowed
  }
  return true;
}
