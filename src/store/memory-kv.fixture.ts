import type { KeyValueStore } from './buffered-storage';

/** Test fixture: an in-memory KeyValueStore that records writes and can be made to fail. */
export function memoryKv(initial: Record<string, unknown> = {}) {
  const data = new Map<string, unknown>(Object.entries(initial));
  const writes: [string, unknown][] = [];
  const control: { failReads: boolean; failWrites: boolean; readsWaitFor?: Promise<void> } = {
    failReads: false,
    failWrites: false,
  };
  const kv: KeyValueStore = {
    async get(key) {
      await control.readsWaitFor;
      if (control.failReads) throw new Error('IndexedDB is blocked');
      return data.get(key);
    },
    async set(key, value) {
      if (control.failWrites) throw new Error('QuotaExceededError');
      writes.push([key, value]);
      data.set(key, value);
    },
    async del(key) {
      writes.push([key, undefined]);
      data.delete(key);
    },
    async setMany(pairs) {
      if (control.failWrites) throw new Error('QuotaExceededError');
      for (const [key, value] of pairs) {
        writes.push([key, value]);
        data.set(key, value);
      }
    },
    async keys(prefix = '') {
      return [...data.keys()].filter((key) => key.startsWith(prefix));
    },
    async entries(prefix = '') {
      return [...data.entries()].filter(([key]) => key.startsWith(prefix));
    },
  };
  return { kv, data, writes, control };
}
