/**
 * class TreeNode { constructor(val = 0, left = null, right = null) { ... } }
 *
 * @param {TreeNode | null} root
 * @return {TreeNode | null} the root of the mirrored tree
 */
function invertTree(root) {
  // your code here
  return root;
}
