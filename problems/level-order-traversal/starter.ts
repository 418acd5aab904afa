// class TreeNode { val: number; left: TreeNode | null; right: TreeNode | null } is provided.

function levelOrder(root: TreeNode | null): number[][] {
  // your code here
  return [];
}
