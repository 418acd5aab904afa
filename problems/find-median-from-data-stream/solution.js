/** A binary heap; `above(a, b)` says whether a belongs nearer the top than b. */
class Heap {
  constructor(above) {
    this.items = [];
    this.above = above;
  }

  get size() {
    return this.items.length;
  }

  top() {
    return this.items[0];
  }

  push(x) {
    const a = this.items;
    a.push(x);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.above(a[i], a[parent])) break;
      [a[i], a[parent]] = [a[parent], a[i]];
      i = parent;
    }
  }

  pop() {
    const a = this.items;
    const first = a[0];
    const last = a.pop();
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        let best = i;
        for (const child of [2 * i + 1, 2 * i + 2]) {
          if (child < a.length && this.above(a[child], a[best])) best = child;
        }
        if (best === i) break;
        [a[i], a[best]] = [a[best], a[i]];
        i = best;
      }
    }
    return first;
  }
}

class MedianFinder {
  constructor() {
    this.low = new Heap((a, b) => a > b); // the smaller half, largest on top
    this.high = new Heap((a, b) => a < b); // the larger half, smallest on top
  }

  addNum(num) {
    this.low.push(num);
    this.high.push(this.low.pop()); // keeps every value of low <= every value of high
    if (this.high.size > this.low.size) this.low.push(this.high.pop());
  }

  findMedian() {
    if (this.low.size > this.high.size) return this.low.top();
    return (this.low.top() + this.high.top()) / 2;
  }
}
