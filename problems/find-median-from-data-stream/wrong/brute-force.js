// Correct, but sorts every stored value on each findMedian: O(n log n) per query, far too slow for
// 20,000 queries over up to 20,000 values.
class MedianFinder {
  constructor() {
    this.values = [];
  }

  addNum(num) {
    this.values.push(num);
  }

  findMedian() {
    const s = this.values.slice().sort((a, b) => a - b);
    const mid = s.length >> 1;
    return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  }
}
