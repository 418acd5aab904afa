/**
 * class ListNode { constructor(val = 0, next = null) { this.val = val; this.next = next; } }
 *
 * @param {number[][]} lists k sorted arrays (see the statement: the input format)
 * @return {ListNode | null} the head of one sorted list holding every node
 */
function mergeKLists(lists) {
  const heads = lists.map(toLinkedList); // each sorted input as a ListNode chain (null when empty)
  // your code here: merge the chains in heads
  return null;
}

/** Provided: [1, 2, 3] → 1 → 2 → 3, [] → null. */
function toLinkedList(values) {
  let head = null;
  for (let i = values.length - 1; i >= 0; i -= 1) head = new ListNode(values[i], head);
  return head;
}
