// Assigns root.left before saving it, so the right side receives the already mirrored right
// subtree again: the original left subtree disappears.
function invertTree(root) {
  if (root === null) return null;
  root.left = invertTree(root.right);
  root.right = invertTree(root.left);
  return root;
}
