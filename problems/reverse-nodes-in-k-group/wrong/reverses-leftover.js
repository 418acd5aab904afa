// Reverses the last group even when it has fewer than k nodes: [1, 2, 3, 4, 5] with k = 2 gives
// [2, 1, 4, 3, 5] only by luck; with k = 3 it gives [3, 2, 1, 5, 4] instead of [3, 2, 1, 4, 5].
function reverseKGroup(head, k) {
  const dummy = new ListNode(0, head);
  let before = dummy;
  while (before.next !== null) {
    let kth = before;
    for (let step = 0; step < k && kth.next !== null; step += 1) kth = kth.next;
    const after = kth.next;
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
  return dummy.next;
}
