function levelOrder(root) {
  const rows = [];
  let level = root === null ? [] : [root];
  while (level.length > 0) {
    const row = [];
    const next = [];
    for (const node of level) {
      row.push(node.val);
      if (node.left !== null) next.push(node.left);
      if (node.right !== null) next.push(node.right);
    }
    rows.push(row);
    level = next;
  }
  return rows;
}
