import { createStore, del, get, promisifyRequest, set, setMany } from 'idb-keyval';
import type { StateStorage } from 'zustand/middleware';
import { unsavedBackup, type UnsavedBackup } from './unsaved-backup';

/** The few key-value operations the store needs from IndexedDB. */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  /** Every key, or those starting with `prefix`. */
  keys(prefix?: string): Promise<string[]>;
  /** Every key and value, or those whose key starts with `prefix`, read in one transaction. */
  entries(prefix?: string): Promise<[string, unknown][]>;
  /** Writes every pair in one transaction: all of them are stored, or none. */
  setMany(pairs: [string, unknown][]): Promise<void>;
}

/** The keys starting with `prefix` (all keys when there is none). */
const prefixRange = (prefix?: string) =>
  prefix === undefined ? undefined : IDBKeyRange.bound(prefix, `${prefix}\uffff`);

/**
 * idb-keyval on a database of our own: idb-keyval creates its object store only
 * when the database is first created, so sharing a database name with another
 * idb-keyval store would break one of them.
 */
export function idbKeyValueStore(dbName = 'mockround-app-state'): KeyValueStore {
  const store = createStore(dbName, 'keyval');
  // async wrappers turn a synchronous throw (no indexedDB at all) into a rejection.
  return {
    get: async (key) => get(key, store),
    set: async (key, value) => set(key, value, store),
    del: async (key) => del(key, store),
    keys: async (prefix) =>
      (await store('readonly', (s) => promisifyRequest(s.getAllKeys(prefixRange(prefix))))).map(
        String,
      ),
    entries: async (prefix) =>
      store('readonly', async (s) => {
        const range = prefixRange(prefix);
        const [keys, values] = await Promise.all([
          promisifyRequest(s.getAllKeys(range)),
          promisifyRequest(s.getAll(range)),
        ]);
        return keys.map((key, i) => [String(key), values[i]] as [string, unknown]);
      }),
    setMany: async (pairs) => setMany(pairs, store),
  };
}

export interface BufferedStorage extends StateStorage<void> {
  /** Writes everything pending now (also done on pagehide / when the tab is hidden). */
  flush(): Promise<void>;
  /** Allows writes; until then they are dropped (see createBufferedStorage). */
  open(): void;
  /** Removes the page listeners (tests). */
  dispose(): void;
}

export interface BufferedStorageOptions {
  /** Longest time a change waits before it is written. */
  delayMs?: number;
  /** Called when a write fails (quota exceeded, storage gone). */
  onWriteError?: (error: unknown) => void;
  /** Where pending changes are copied as the page is left (default: localStorage). */
  backup?: UnsavedBackup;
}

/** JSON with object keys sorted, so that two texts of the same data compare equal. */
function canonical(text: string): string {
  return JSON.stringify(JSON.parse(text), (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
}

function sameContent(stored: string | null | undefined, next: string | null): boolean {
  if (stored === undefined) return false;
  if (stored === next) return true;
  // Reordered keys leave the length as it was: most real changes stop here, unparsed.
  if (stored === null || next === null || stored.length !== next.length) return false;
  try {
    return canonical(stored) === canonical(next);
  } catch {
    return false;
  }
}

/**
 * A zustand StateStorage over IndexedDB that batches writes: a change is written
 * at most `delayMs` after it happens (typing does not write on every keystroke,
 * and a burst of keystrokes cannot postpone the write forever), and everything
 * pending is written when the page is hidden or left.
 *
 * Writes are dropped until open() is called: persist writes the in-memory state on
 * every change, and a change made before the saved state was read back would
 * otherwise overwrite the saved drafts with empty ones.
 *
 * The IndexedDB write started as the page is left may not finish before the page ends, so
 * pending changes are also copied to a synchronous backup then; the next getItem prefers that
 * copy and writes it to IndexedDB, and every successful write clears it.
 */
export function createBufferedStorage(
  kv: KeyValueStore,
  options: BufferedStorageOptions = {},
): BufferedStorage {
  const delayMs = options.delayMs ?? 300;
  const backup = options.backup ?? unsavedBackup();
  const pending = new Map<string, string | null>();
  const saved = new Map<string, string | null>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writable = false;

  const flush = async (): Promise<void> => {
    clearTimeout(timer);
    timer = undefined;
    // A value equal in content to what is stored (keys in another order) is not written: a
    // second window that only read the state must not write it back over newer changes.
    const batch = [...pending].filter(([name, value]) => {
      if (!sameContent(saved.get(name), value)) return true;
      saved.set(name, value);
      return false;
    });
    pending.clear();
    await Promise.all(
      batch.map(async ([name, value]) => {
        try {
          await (value === null ? kv.del(name) : kv.set(name, value));
          saved.set(name, value);
          // Only if nothing newer is pending: otherwise the copy is still the newest data.
          if (!pending.has(name)) backup.clear(name);
        } catch (error) {
          options.onWriteError?.(error);
        }
      }),
    );
  };

  const schedule = (name: string, value: string | null): void => {
    if (!writable) return;
    if (!pending.has(name) && saved.get(name) === value) return;
    pending.set(name, value);
    timer ??= setTimeout(() => void flush(), delayMs);
  };

  const flushNow = (): void => {
    for (const [name, value] of pending) if (value !== null) backup.write(name, value);
    void flush();
  };
  const flushIfHidden = (): void => {
    if (document.visibilityState === 'hidden') flushNow();
  };
  // pagehide rather than unload: it also fires when the page goes into the back/forward cache.
  globalThis.addEventListener?.('pagehide', flushNow);
  if (typeof document !== 'undefined') document.addEventListener('visibilitychange', flushIfHidden);

  return {
    async getItem(name) {
      const buffered = pending.get(name);
      if (buffered !== undefined) return buffered;
      const value = await kv.get(name);
      // Anything but a string is not ours to interpret: hand it on so validation rejects it.
      const text =
        value === undefined || value === null
          ? null
          : typeof value === 'string'
            ? value
            : JSON.stringify(value);
      saved.set(name, text);
      const copy = backup.read(name);
      if (copy === null || copy === text) {
        if (copy !== null) backup.clear(name);
        return text;
      }
      // The last visit ended before its final write landed: that copy is the newest data.
      pending.set(name, copy);
      timer ??= setTimeout(() => void flush(), delayMs);
      return copy;
    },
    setItem: (name, value) => schedule(name, value),
    removeItem: (name) => schedule(name, null),
    flush,
    open() {
      writable = true;
    },
    dispose() {
      globalThis.removeEventListener?.('pagehide', flushNow);
      if (typeof document !== 'undefined')
        document.removeEventListener('visibilitychange', flushIfHidden);
      clearTimeout(timer);
    },
  };
}
