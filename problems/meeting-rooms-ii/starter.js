/**
 * @param {number[][]} meetings [start, end) pairs, in any order
 * @return {number} the fewest rooms that hold every meeting
 */
function minMeetingRooms(meetings) {
  // your code here
  return -1;
}
