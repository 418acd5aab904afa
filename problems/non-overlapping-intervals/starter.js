/**
 * @param {number[][]} intervals bookings [start, end), in any order
 * @return {number} the fewest bookings to cancel so that none of the rest overlap
 */
function eraseOverlapIntervals(intervals) {
  // your code here
  return -1;
}
