// Depth-first with a stack: pushing left then right means the right child is popped first,
// so every row with two or more values comes out right to left.
function levelOrder(root) {
  const rows = [];
  const stack = root === null ? [] : [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop();
    if (rows.length === depth) rows.push([]);
    rows[depth].push(node.val);
    if (node.left !== null) stack.push([node.left, depth + 1]);
    if (node.right !== null) stack.push([node.right, depth + 1]);
  }
  return rows;
}
