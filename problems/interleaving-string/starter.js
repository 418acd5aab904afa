/**
 * @param {string} s1
 * @param {string} s2
 * @param {string} s3
 * @return {boolean} whether s3 interleaves all of s1 and s2, each in its own order
 */
function isInterleave(s1, s2, s3) {
  // your code here
  return null;
}
