// Pushes each value into the smaller heap without checking which half it belongs to, so the halves
// stop being ordered: after 1, 2 and 3 the low heap holds 1 and 3 and the median comes out as 3.
class MedianFinder {
  constructor() {
    this.low = []; // kept sorted descending for simplicity
    this.high = []; // kept sorted ascending
  }

  addNum(num) {
    if (this.low.length <= this.high.length) {
      this.low.push(num);
      this.low.sort((a, b) => b - a);
    } else {
      this.high.push(num);
      this.high.sort((a, b) => a - b);
    }
  }

  findMedian() {
    if (this.low.length > this.high.length) return this.low[0];
    return (this.low[0] + this.high[0]) / 2;
  }
}
