// Calls sort() without a comparator: arrays are compared as text ("100,105" < "8,9"), so meetings
// with times of different digit counts end up out of order and neighbours are no longer in time order.
function canAttendAll(meetings) {
  const sorted = [...meetings].sort();
  for (let i = 1; i < sorted.length; i += 1) {
    if (sorted[i][0] < sorted[i - 1][1]) return false;
  }
  return true;
}
