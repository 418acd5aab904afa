/**
 * @param {string[]} words sorted by the language's unknown letter order
 * @return {string} every letter of the words once, in an order that keeps them sorted, or ""
 */
function alienOrder(words) {
  // your code here
  return null;
}
