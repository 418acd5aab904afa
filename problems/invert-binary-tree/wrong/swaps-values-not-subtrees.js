// Swaps the values of the two children instead of the subtrees: fine on a perfect tree of
// height 2, wrong as soon as a child is missing or the subtrees have different shapes.
function invertTree(root) {
  if (root === null) return null;
  if (root.left !== null && root.right !== null) {
    const v = root.left.val;
    root.left.val = root.right.val;
    root.right.val = v;
  }
  invertTree(root.left);
  invertTree(root.right);
  return root;
}
