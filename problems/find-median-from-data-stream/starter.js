class MedianFinder {
  constructor() {
    // your code here
  }

  /** @param {number} num */
  addNum(num) {
    // your code here
  }

  /** @return {number} the median of every number added so far */
  findMedian() {
    return NaN;
  }
}
