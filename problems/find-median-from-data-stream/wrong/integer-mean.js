// Keeps a sorted array (insertion), but the even-count median uses integer division: 1 and 2 give
// 1 instead of 1.5.
class MedianFinder {
  constructor() {
    this.values = [];
  }

  addNum(num) {
    let i = this.values.length;
    this.values.push(num);
    while (i > 0 && this.values[i - 1] > num) {
      this.values[i] = this.values[i - 1];
      i -= 1;
    }
    this.values[i] = num;
  }

  findMedian() {
    const s = this.values;
    const mid = s.length >> 1;
    return s.length % 2 === 1 ? s[mid] : Math.floor((s[mid - 1] + s[mid]) / 2);
  }
}
