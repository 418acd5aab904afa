import type { Shape } from '../../domain/problem/problem.schema';
import { arrayToList, listToArray } from '../../domain/structures/list-node';
import { arrayToTree, treeToArray } from '../../domain/structures/tree-node';

/** JSON test data → what user code receives (a linked list or tree for those shapes). */
export function toUserShape(value: unknown, shape: Shape): unknown {
  if (shape === 'list') return arrayToList((value ?? []) as unknown[]);
  if (shape === 'tree') return arrayToTree((value ?? []) as unknown[]);
  return value;
}

/** What user code returned → JSON for comparison. */
export function fromUserShape(value: unknown, shape: Shape): unknown {
  if (shape === 'list') return listToArray(value);
  if (shape === 'tree') return treeToArray(value);
  return value;
}
