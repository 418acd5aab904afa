/**
 * @param {number} numCourses courses are numbered 0 .. numCourses - 1
 * @param {number[][]} prerequisites [a, b]: b must be completed before a
 * @return {boolean} whether every course can be completed
 */
function canFinish(numCourses, prerequisites) {
  // your code here
  return false;
}
