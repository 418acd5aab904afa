class MedianFinder {
  constructor() {
    // your code here
  }

  addNum(num: number): void {
    // your code here
  }

  /** The median of every number added so far. */
  findMedian(): number {
    return NaN;
  }
}
