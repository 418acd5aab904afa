// Pushes onto the helper stack only when val is strictly smaller than the current minimum,
// but pops it whenever the popped value equals the minimum: with two copies of the minimum,
// popping one removes the only helper entry and getMin goes wrong.
class MinStack {
  constructor() {
    this.values = [];
    this.mins = [];
  }

  push(val) {
    this.values.push(val);
    if (this.mins.length === 0 || val < this.mins[this.mins.length - 1]) this.mins.push(val);
  }

  pop() {
    const val = this.values.pop();
    if (val === this.mins[this.mins.length - 1]) this.mins.pop();
  }

  top() {
    return this.values[this.values.length - 1];
  }

  getMin() {
    return this.mins[this.mins.length - 1];
  }
}
