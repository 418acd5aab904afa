// Correct results, but getMin sorts a copy of the whole stack on every call: O(n log n) per call,
// too slow for the test with 20,000 values and about 19,500 getMin calls.
class MinStack {
  constructor() {
    this.values = [];
  }

  push(val) {
    this.values.push(val);
  }

  pop() {
    this.values.pop();
  }

  top() {
    return this.values[this.values.length - 1];
  }

  getMin() {
    return [...this.values].sort((a, b) => a - b)[0];
  }
}
