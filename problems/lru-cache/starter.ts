class LRUCache {
  constructor(capacity: number) {
    // your code here
  }

  get(key: number): number {
    // your code here
    return -1;
  }

  put(key: number, value: number): void {
    // your code here
  }
}
