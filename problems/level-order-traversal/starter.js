/**
 * class TreeNode { constructor(val = 0, left = null, right = null) { ... } }
 *
 * @param {TreeNode | null} root
 * @return {number[][]} one row of values per level, top to bottom, each left to right
 */
function levelOrder(root) {
  // your code here
  return [];
}
