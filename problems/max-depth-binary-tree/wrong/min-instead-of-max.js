// Takes the shallower subtree at each node (a copy-paste from "minimum depth"):
// correct only when every leaf is on the same level.
function maxDepth(root) {
  if (root === null) return 0;
  return 1 + Math.min(maxDepth(root.left), maxDepth(root.right));
}
