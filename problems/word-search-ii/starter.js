/**
 * @param {string[][]} board grid of lowercase letters
 * @param {string[]} words distinct words to look for
 * @return {string[]} the words that can be traced on the board, in any order
 */
function findWords(board, words) {
  // your code here
  return [];
}
