/**
 * @param {string} beginWord first word of the ladder (need not be in wordList)
 * @param {string} endWord last word of the ladder (must be in wordList)
 * @param {string[]} wordList the dictionary
 * @return {number} number of words in the shortest ladder, or 0 if there is none
 */
function ladderLength(beginWord, endWord, wordList) {
  // your code here
  return 0;
}
