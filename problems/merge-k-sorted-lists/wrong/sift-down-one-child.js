// The heap's pop only compares the moved element with the left child, so a smaller right
// child can stay below a larger parent and nodes come out of order.
class NodeHeap {
  constructor() {
    this.items = [];
  }
  get size() {
    return this.items.length;
  }
  push(node) {
    const a = this.items;
    a.push(node);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (a[p].val <= a[i].val) break;
      [a[p], a[i]] = [a[i], a[p]];
      i = p;
    }
  }
  pop() {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      while (2 * i + 1 < a.length && a[2 * i + 1].val < a[i].val) {
        const l = 2 * i + 1;
        [a[l], a[i]] = [a[i], a[l]];
        i = l;
      }
    }
    return top;
  }
}

function mergeKLists(lists) {
  const heap = new NodeHeap();
  for (const values of lists) {
    const head = toLinkedList(values);
    if (head !== null) heap.push(head);
  }
  const dummy = new ListNode(0);
  let tail = dummy;
  while (heap.size > 0) {
    const node = heap.pop();
    tail.next = node;
    tail = node;
    if (node.next !== null) heap.push(node.next);
  }
  return dummy.next;
}

function toLinkedList(values) {
  let head = null;
  for (let i = values.length - 1; i >= 0; i -= 1) head = new ListNode(values[i], head);
  return head;
}
