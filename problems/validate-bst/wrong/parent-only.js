// Compares each node with its own children only. A grandchild on the wrong side of its
// grandparent (20 → 10 → 25) is never noticed.
function isValidBST(root) {
  if (root === null) return true;
  if (root.left !== null && root.left.val >= root.val) return false;
  if (root.right !== null && root.right.val <= root.val) return false;
  return isValidBST(root.left) && isValidBST(root.right);
}
