// Treats a leaf as depth 0, so it counts edges instead of nodes: every answer is one short
// (a single node gives 0 instead of 1).
function maxDepth(root) {
  if (root === null) return 0;
  if (root.left === null && root.right === null) return 0;
  return 1 + Math.max(maxDepth(root.left), maxDepth(root.right));
}
