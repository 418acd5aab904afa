/**
 * @typedef {string | [string, ...Instruction[]]} Instruction
 * @param {Instruction[]} program headers: "log L", "microtask L", "promise L", "timeout L D"
 * @return {string[]} the labels in the order they are printed
 */
function eventLoopOrder(program) {
  // your code here
  return [];
}
