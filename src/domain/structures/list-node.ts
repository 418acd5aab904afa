/** Singly linked list node, as LeetCode-style problems define it. */
export class ListNode {
  val: number;
  next: ListNode | null;
  constructor(val = 0, next: ListNode | null = null) {
    this.val = val;
    this.next = next;
  }
}

/** [1,2,3] → 1 → 2 → 3 (null for an empty array). */
export function arrayToList(values: readonly unknown[]): ListNode | null {
  let head: ListNode | null = null;
  for (let i = values.length - 1; i >= 0; i -= 1) head = new ListNode(values[i] as number, head);
  return head;
}

/** 1 → 2 → 3 → [1,2,3]; stops with an error on a cycle instead of looping forever. */
export function listToArray(head: unknown, limit = 1_000_000): unknown[] {
  const out: unknown[] = [];
  const seen = new Set<unknown>();
  let node = head as { val: unknown; next: unknown } | null | undefined;
  while (node !== null && node !== undefined) {
    if (typeof node !== 'object')
      throw new TypeError(`expected a ListNode or null, got ${typeof node}`);
    if (seen.has(node) || out.length >= limit) throw new Error('the returned list has a cycle');
    seen.add(node);
    out.push(node.val);
    node = node.next as typeof node;
  }
  return out;
}
