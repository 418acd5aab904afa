// Reads head.next before checking for an empty list: null input throws a TypeError.
function reverseList(head) {
  let prev = null;
  let curr = head;
  let next = head.next;
  while (curr !== null) {
    curr.next = prev;
    prev = curr;
    curr = next;
    next = next === null ? null : next.next;
  }
  return prev;
}
