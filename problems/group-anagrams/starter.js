/**
 * @param {string[]} strs
 * @return {string[][]} the words grouped so that each group holds anagrams of each other
 */
function groupAnagrams(strs) {
  // your code here
  return [];
}
