// class TreeNode { val: number; left: TreeNode | null; right: TreeNode | null } is provided.

function isValidBST(root: TreeNode | null): boolean {
  // your code here
  return false;
}
