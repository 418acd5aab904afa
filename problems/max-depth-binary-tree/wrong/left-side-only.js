// Only follows left children, as if the deepest path always hugged the left edge:
// wrong whenever the longest path turns right.
function maxDepth(root) {
  let depth = 0;
  for (let node = root; node !== null; node = node.left) depth += 1;
  return depth;
}
