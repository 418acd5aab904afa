// class TreeNode { val: number; left: TreeNode | null; right: TreeNode | null } is provided.

function invertTree(root: TreeNode | null): TreeNode | null {
  // your code here
  return root;
}
