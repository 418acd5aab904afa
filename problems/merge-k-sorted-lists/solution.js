/** Binary min-heap of ListNodes ordered by val. */
class NodeHeap {
  constructor() {
    this.items = [];
  }

  get size() {
    return this.items.length;
  }

  push(node) {
    const a = this.items;
    let i = a.length;
    a.push(node);
    // Move parents down into the hole until node fits, instead of swapping at every level.
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (a[parent].val <= node.val) break;
      a[i] = a[parent];
      i = parent;
    }
    a[i] = node;
  }

  pop() {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    const n = a.length;
    if (n === 0) return top;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && a[child + 1].val < a[child].val) child += 1;
      if (a[child].val >= last.val) break;
      a[i] = a[child];
      i = child;
    }
    a[i] = last;
    return top;
  }
}

function mergeKLists(lists) {
  const heap = new NodeHeap();
  for (const values of lists) {
    const head = toLinkedList(values);
    if (head !== null) heap.push(head); // never push an empty list
  }
  const dummy = new ListNode(0);
  let tail = dummy;
  while (heap.size > 0) {
    const node = heap.pop();
    tail.next = node;
    tail = node;
    if (node.next !== null) heap.push(node.next);
  }
  tail.next = null;
  return dummy.next;
}

function toLinkedList(values) {
  let head = null;
  for (let i = values.length - 1; i >= 0; i -= 1) head = new ListNode(values[i], head);
  return head;
}
