function invertTree(root) {
  if (root === null) return null;
  const left = root.left; // keep it: the next line overwrites root.left
  root.left = invertTree(root.right);
  root.right = invertTree(left);
  return root;
}
