class LRUCache {
  /** @param {number} capacity the most keys the cache may hold (>= 1) */
  constructor(capacity) {
    // your code here
  }

  /**
   * @param {number} key
   * @return {number} the stored value, or -1 if key is not in the cache
   */
  get(key) {
    // your code here
    return -1;
  }

  /**
   * Stores value under key; evicts the least recently used key if a new key overflows the capacity.
   * @param {number} key
   * @param {number} value
   * @return {void}
   */
  put(key, value) {
    // your code here
  }
}
