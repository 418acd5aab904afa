/**
 * @param {number[][]} meetings each [start, end], end not included
 * @return {boolean} true if no two meetings overlap
 */
function canAttendAll(meetings) {
  // your code here
  return false;
}
