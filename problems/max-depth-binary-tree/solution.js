function maxDepth(root) {
  if (root === null) return 0;
  // Breadth-first, one level per round: no recursion, so a very deep tree cannot overflow the stack.
  let depth = 0;
  let level = [root];
  while (level.length > 0) {
    depth += 1;
    const next = [];
    for (const node of level) {
      if (node.left !== null) next.push(node.left);
      if (node.right !== null) next.push(node.right);
    }
    level = next;
  }
  return depth;
}
