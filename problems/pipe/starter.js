/**
 * @param {...((...args: any[]) => any)} fns
 * @return {(...args: any[]) => any} runs fns left to right, each on the previous result
 */
function pipe(...fns) {
  // your code here
  return (x) => x;
}
