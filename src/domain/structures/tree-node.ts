/** Binary tree node, as LeetCode-style problems define it. */
export class TreeNode {
  val: number;
  left: TreeNode | null;
  right: TreeNode | null;
  constructor(val = 0, left: TreeNode | null = null, right: TreeNode | null = null) {
    this.val = val;
    this.left = left;
    this.right = right;
  }
}

/** Level-order array with nulls for gaps ([1,null,2,3]) → tree. */
export function arrayToTree(values: readonly unknown[]): TreeNode | null {
  if (values.length === 0 || values[0] === null) return null;
  const root = new TreeNode(values[0] as number);
  const queue: TreeNode[] = [root];
  let i = 1;
  for (let head = 0; head < queue.length && i < values.length; head += 1) {
    const node = queue[head] as TreeNode;
    for (const side of ['left', 'right'] as const) {
      if (i >= values.length) break;
      const v = values[i++];
      if (v !== null && v !== undefined) {
        node[side] = new TreeNode(v as number);
        queue.push(node[side]);
      }
    }
  }
  return root;
}

/** Tree → level-order array with trailing nulls removed. */
export function treeToArray(root: unknown): unknown[] {
  const out: unknown[] = [];
  const queue: unknown[] = [root];
  const seen = new Set<unknown>();
  for (let head = 0; head < queue.length; head += 1) {
    const node = queue[head] as { val: unknown; left: unknown; right: unknown } | null | undefined;
    if (node === null || node === undefined) {
      out.push(null);
      continue;
    }
    if (seen.has(node)) throw new Error('the returned tree has a cycle');
    seen.add(node);
    out.push(node.val);
    queue.push(node.left ?? null, node.right ?? null);
  }
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out;
}
