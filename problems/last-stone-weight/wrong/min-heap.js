// Uses a min-heap (the comparison the other way round), so every round smashes the two
// lightest stones instead of the two heaviest.
class Heap {
  constructor() {
    this.a = [];
  }
  get size() {
    return this.a.length;
  }
  push(v) {
    const a = this.a;
    a.push(v);
    let i = a.length - 1;
    while (i > 0 && a[(i - 1) >> 1] > a[i]) {
      const p = (i - 1) >> 1;
      [a[p], a[i]] = [a[i], a[p]];
      i = p;
    }
  }
  pop() {
    const a = this.a;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1,
          r = l + 1;
        let m = i;
        if (l < a.length && a[l] < a[m]) m = l;
        if (r < a.length && a[r] < a[m]) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
    }
    return top;
  }
}

function lastStoneWeight(stones) {
  const heap = new Heap();
  for (const s of stones) heap.push(s);
  while (heap.size > 1) {
    const y = heap.pop();
    const x = heap.pop();
    if (y !== x) heap.push(Math.abs(y - x));
  }
  return heap.size === 1 ? heap.pop() : 0;
}
