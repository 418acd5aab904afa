/** Binary max-heap of numbers stored in an array. */
class MaxHeap {
  constructor(values) {
    this.a = values.slice();
    // Bottom-up heapify: sift down every internal node, O(n) overall.
    for (let i = (this.a.length >> 1) - 1; i >= 0; i -= 1) this.siftDown(i);
  }

  get size() {
    return this.a.length;
  }

  push(value) {
    const a = this.a;
    let i = a.length;
    a.push(value);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (a[parent] >= value) break;
      a[i] = a[parent];
      i = parent;
    }
    a[i] = value;
  }

  pop() {
    const a = this.a;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0) {
      a[0] = last;
      this.siftDown(0);
    }
    return top;
  }

  siftDown(i) {
    const a = this.a;
    const n = a.length;
    const value = a[i];
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && a[child + 1] > a[child]) child += 1; // the larger child
      if (a[child] <= value) break;
      a[i] = a[child];
      i = child;
    }
    a[i] = value;
  }
}

function lastStoneWeight(stones) {
  const heap = new MaxHeap(stones);
  while (heap.size > 1) {
    const y = heap.pop();
    const x = heap.pop();
    if (y > x) heap.push(y - x);
  }
  return heap.size === 1 ? heap.pop() : 0;
}
