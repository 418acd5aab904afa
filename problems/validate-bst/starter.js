/**
 * class TreeNode { constructor(val = 0, left = null, right = null) { ... } }
 *
 * @param {TreeNode | null} root
 * @return {boolean} whether the tree is a valid binary search tree (strict ordering)
 */
function isValidBST(root) {
  // your code here
  return false;
}
