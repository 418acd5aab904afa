/**
 * @param {string[]} roots the stems
 * @param {string} sentence lowercase words separated by single spaces
 * @return {string} the sentence with every word replaced by its shortest root, if any
 */
function replaceWords(roots, sentence) {
  // your code here
  return '';
}
