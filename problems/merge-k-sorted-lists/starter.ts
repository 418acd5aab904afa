// class ListNode { val: number; next: ListNode | null } is provided.

function mergeKLists(lists: number[][]): ListNode | null {
  const heads: (ListNode | null)[] = lists.map(toLinkedList); // each sorted input as a ListNode chain
  // your code here: merge the chains in heads
  return null;
}

/** Provided: [1, 2, 3] → 1 → 2 → 3, [] → null. */
function toLinkedList(values: number[]): ListNode | null {
  let head: ListNode | null = null;
  for (let i = values.length - 1; i >= 0; i -= 1) head = new ListNode(values[i], head);
  return head;
}
