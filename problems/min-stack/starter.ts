class MinStack {
  constructor() {
    // your code here
  }

  push(val: number): void {
    // your code here
  }

  pop(): void {
    // your code here
  }

  top(): number {
    // your code here
    return 0;
  }

  getMin(): number {
    // your code here
    return 0;
  }
}
