/**
 * A synchronous copy of changes not yet written to IndexedDB, taken as the page is left.
 *
 * An IndexedDB write started in `pagehide` may never finish: a reload or a closed tab can end
 * the page first, and the last ~300 ms of typing would be lost. localStorage writes are
 * synchronous, so the change is on disk before the handler returns; the next visit reads it
 * back and writes it to IndexedDB (see createBufferedStorage).
 *
 * Every tab of the site shares localStorage: a copy left by a tab that closed mid-write is
 * taken up by whichever tab of the app opens next. It is always the newest change (the last
 * tab to leave wins), which is also what IndexedDB would hold had the write finished.
 */
export interface UnsavedBackup {
  read(name: string): string | null;
  write(name: string, value: string): void;
  clear(name: string): void;
}

const PREFIX = 'mockround-unsaved:';

/**
 * The backup over `storage` (localStorage by default). Storage that is missing, full or
 * blocked (private modes, a denied permission) makes it do nothing rather than throw: it is a
 * second line of defence, never the reason a save fails.
 */
export function unsavedBackup(
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined = defaultStorage(),
): UnsavedBackup {
  const attempt = <T>(action: (store: NonNullable<typeof storage>) => T, fallback: T): T => {
    if (!storage) return fallback;
    try {
      return action(storage);
    } catch {
      return fallback;
    }
  };
  return {
    read: (name) => attempt((store) => store.getItem(PREFIX + name), null),
    write: (name, value) => attempt((store) => store.setItem(PREFIX + name, value), undefined),
    clear: (name) => attempt((store) => store.removeItem(PREFIX + name), undefined),
  };
}

function defaultStorage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    // Reading window.localStorage itself throws when the site's storage is blocked.
    return undefined;
  }
}
