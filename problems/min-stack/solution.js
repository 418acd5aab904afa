class MinStack {
  constructor() {
    this.values = [];
    this.mins = []; // mins[i] = smallest of values[0..i]
  }

  push(val) {
    const below = this.mins.length === 0 ? val : this.mins[this.mins.length - 1];
    this.values.push(val);
    this.mins.push(Math.min(val, below));
  }

  pop() {
    this.values.pop();
    this.mins.pop(); // the entry below already holds the minimum without the popped value
  }

  top() {
    return this.values[this.values.length - 1];
  }

  getMin() {
    return this.mins[this.mins.length - 1];
  }
}
