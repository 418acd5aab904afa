function reverseList(head) {
  let prev = null;
  let curr = head;
  while (curr !== null) {
    const next = curr.next; // save before the link is overwritten
    curr.next = prev;
    prev = curr;
    curr = next;
  }
  return prev;
}
