// Swaps the root's two children but never recurses: deeper levels keep their old order.
function invertTree(root) {
  if (root === null) return null;
  const left = root.left;
  root.left = root.right;
  root.right = left;
  return root;
}
