/** Binary min-heap of numbers stored in an array. */
class MinHeap {
  constructor() {
    this.a = [];
  }

  get size() {
    return this.a.length;
  }

  peek() {
    return this.a[0];
  }

  push(value) {
    const a = this.a;
    let i = a.length;
    a.push(value);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (a[parent] <= value) break;
      a[i] = a[parent];
      i = parent;
    }
    a[i] = value;
  }

  pop() {
    const a = this.a;
    const top = a[0];
    const last = a.pop();
    const n = a.length;
    if (n === 0) return top;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && a[child + 1] < a[child]) child += 1; // the smaller child
      if (a[child] >= last) break;
      a[i] = a[child];
      i = child;
    }
    a[i] = last;
    return top;
  }
}

function findKthLargest(nums, k) {
  const heap = new MinHeap(); // the k largest values seen so far; top = smallest of them
  for (const x of nums) {
    if (heap.size < k) heap.push(x);
    else if (x > heap.peek()) {
      heap.pop();
      heap.push(x);
    }
  }
  return heap.peek();
}
