/**
 * class TreeNode { constructor(val = 0, left = null, right = null) { ... } }
 *
 * @param {TreeNode | null} root
 * @return {number} the number of nodes on the longest root-to-leaf path
 */
function maxDepth(root) {
  // your code here
  return 0;
}
