// Correct, but merges the lists into the result one after another: the growing result is
// re-walked for every list, O(N·k), which runs out of time on 20,000 short lists.
function mergeTwo(a, b) {
  const dummy = new ListNode(0);
  let tail = dummy;
  while (a !== null && b !== null) {
    if (a.val <= b.val) {
      tail.next = a;
      a = a.next;
    } else {
      tail.next = b;
      b = b.next;
    }
    tail = tail.next;
  }
  tail.next = a !== null ? a : b;
  return dummy.next;
}

function mergeKLists(lists) {
  let merged = null;
  for (const values of lists) merged = mergeTwo(merged, toLinkedList(values));
  return merged;
}

function toLinkedList(values) {
  let head = null;
  for (let i = values.length - 1; i >= 0; i -= 1) head = new ListNode(values[i], head);
  return head;
}
