// Loops "for (i = 0; i < queue.length; i++)" while shifting and pushing, so the bound changes
// during the level: nodes from the next level leak into the current row.
function levelOrder(root) {
  if (root === null) return [];
  const rows = [];
  const queue = [root];
  while (queue.length > 0) {
    const row = [];
    for (let i = 0; i < queue.length; i += 1) {
      const node = queue.shift();
      row.push(node.val);
      if (node.left !== null) queue.push(node.left);
      if (node.right !== null) queue.push(node.right);
    }
    rows.push(row);
  }
  return rows;
}
