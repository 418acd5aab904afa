// Uses Number.MIN_VALUE as "no lower bound", but it is the smallest POSITIVE number (5e-324),
// not the most negative one: any valid tree holding 0 or a negative value is rejected.
function isValidBST(root) {
  const fits = (node, low, high) => {
    if (node === null) return true;
    if (node.val <= low || node.val >= high) return false;
    return fits(node.left, low, node.val) && fits(node.right, node.val, high);
  };
  return fits(root, Number.MIN_VALUE, Number.MAX_VALUE);
}
