function reverseKGroup(head, k) {
  const dummy = new ListNode(0, head);
  let before = dummy; // the node just before the group to reverse
  for (;;) {
    let kth = before;
    for (let step = 0; step < k && kth !== null; step += 1) kth = kth.next;
    if (kth === null) return dummy.next; // fewer than k nodes left: keep them
    const after = kth.next;
    // reverse the group; its first node ends up pointing to `after`
    let prev = after;
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
