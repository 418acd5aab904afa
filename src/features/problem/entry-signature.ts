import type { Problem } from '../../domain/problem/problem.schema';

/**
 * The entry point as TypeScript-style text, e.g.
 * `function twoSum(nums: number[], target: number): number[]`, or the class and its constructor.
 */
export function entrySignature(entry: Problem['entry']): string {
  const params = entry.params.map((p) => `${p.name}: ${p.type}`).join(', ');
  if (entry.kind === 'class') return `class ${entry.name} {\n  constructor(${params});\n}`;
  return `function ${entry.name}(${params}): ${entry.returns.type}`;
}

/** True when the problem hands ListNode / TreeNode values to user code. */
export function usesStructures(entry: Problem['entry']): { list: boolean; tree: boolean } {
  const shapes = [...entry.params.map((p) => p.shape), entry.returns.shape];
  return { list: shapes.includes('list'), tree: shapes.includes('tree') };
}
