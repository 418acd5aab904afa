describe('LRUCache at scale', () => {
  it('handles about 150,000 calls on a 50,000-key cache within the time budget', () => {
    const capacity = 50000;
    let seed = 2024;
    const random = () => {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      return seed / 4294967296;
    };
    const shuffled = () => {
      const keys = Array.from({ length: capacity }, (_, i) => i);
      for (let k = keys.length - 1; k > 0; k -= 1) {
        const j = Math.floor(random() * (k + 1));
        const t = keys[k];
        keys[k] = keys[j];
        keys[j] = t;
      }
      return keys;
    };
    const valueOf = (key) => 2 * key + 1;
    const cache = new LRUCache(capacity);

    // Fill the cache, then read every key twice in shuffled orders: 100,000 hits.
    for (let key = 0; key < capacity; key += 1) cache.put(key, valueOf(key));
    let order = [];
    let misses = 0;
    let sum = 0;
    for (let pass = 0; pass < 2; pass += 1) {
      order = shuffled();
      for (const key of order) {
        const got = cache.get(key);
        if (got === -1) misses += 1;
        else sum += got;
      }
    }
    expect(misses).toBe(0);
    expect(sum).toBe(2 * capacity * capacity); // 1 + 3 + 5 + ... over all keys, twice

    // 500 new keys evict the 500 keys read earliest in the last pass, and nothing else.
    const fresh = 500;
    for (let key = capacity; key < capacity + fresh; key += 1) cache.put(key, valueOf(key));
    let wrong = 0;
    for (let i = 0; i < 2 * fresh; i += 1) {
      const key = order[i];
      if (cache.get(key) !== (i < fresh ? -1 : valueOf(key))) wrong += 1;
    }
    for (let key = capacity; key < capacity + fresh; key += 1) {
      if (cache.get(key) !== valueOf(key)) wrong += 1;
    }
    expect(wrong).toBe(0);
  });
});
