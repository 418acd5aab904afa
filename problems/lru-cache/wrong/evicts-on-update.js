// Checks "is the cache full?" before writing, even when the key is already stored: updating a key
// in a full cache needlessly evicts the least recently used key.
class LRUCache {
  constructor(capacity) {
    this.capacity = capacity;
    this.entries = new Map();
  }

  get(key) {
    if (!this.entries.has(key)) return -1;
    const value = this.entries.get(key);
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  put(key, value) {
    if (this.entries.size === this.capacity) this.entries.delete(this.entries.keys().next().value);
    this.entries.delete(key);
    this.entries.set(key, value);
  }
}
