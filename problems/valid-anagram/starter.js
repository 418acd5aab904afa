/**
 * @param {string} s
 * @param {string} t
 * @return {boolean} true when t uses exactly the letters of s, each as often
 */
function isAnagram(s, t) {
  // your code here
  return null;
}
