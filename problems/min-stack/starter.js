class MinStack {
  constructor() {
    // your code here
  }

  /** @param {number} val */
  push(val) {
    // your code here
  }

  pop() {
    // your code here
  }

  /** @return {number} the value on top of the stack */
  top() {
    // your code here
    return 0;
  }

  /** @return {number} the smallest value in the stack, in O(1) */
  getMin() {
    // your code here
    return 0;
  }
}
