// Correct behaviour, but keeps the recency order in an array: indexOf, splice and shift each walk
// up to capacity elements, O(capacity) per call, too slow for 150,000 calls on a 50,000-key cache.
class LRUCache {
  constructor(capacity) {
    this.capacity = capacity;
    this.values = new Map();
    this.order = []; // least recently used first
  }

  touch(key) {
    const at = this.order.indexOf(key);
    if (at !== -1) this.order.splice(at, 1);
    this.order.push(key);
  }

  get(key) {
    if (!this.values.has(key)) return -1;
    this.touch(key);
    return this.values.get(key);
  }

  put(key, value) {
    this.values.set(key, value);
    this.touch(key);
    if (this.order.length > this.capacity) this.values.delete(this.order.shift());
  }
}
