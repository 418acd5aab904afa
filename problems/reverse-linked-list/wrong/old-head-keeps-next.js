// Starts the walk at the second node, so the old head still points to it:
// 1 → 2 and 2 → 1 form a cycle at the end of the reversed list.
function reverseList(head) {
  if (head === null) return null;
  let prev = head;
  let curr = head.next;
  while (curr !== null) {
    const next = curr.next;
    curr.next = prev;
    prev = curr;
    curr = next;
  }
  return prev;
}
