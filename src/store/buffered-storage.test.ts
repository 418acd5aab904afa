// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { createBufferedStorage, type BufferedStorage } from './buffered-storage';
import { memoryKv } from './memory-kv.fixture';
import { unsavedBackup } from './unsaved-backup';

let storage: BufferedStorage | undefined;
afterEach(() => {
  storage?.dispose();
  Reflect.deleteProperty(document, 'visibilityState');
});

function openStorage(mem: ReturnType<typeof memoryKv>) {
  storage = createBufferedStorage(mem.kv, { delayMs: 60_000 });
  storage.open();
  return storage;
}

describe('createBufferedStorage', () => {
  it('writes pending changes at once when the page is hidden (pagehide)', async () => {
    const mem = memoryKv();
    const s = openStorage(mem);
    s.setItem('k', 'v1');
    expect(mem.writes).toEqual([]);
    window.dispatchEvent(new Event('pagehide'));
    await Promise.resolve();
    expect(mem.writes).toEqual([['k', 'v1']]);
  });

  it('writes when the tab becomes hidden, not when it becomes visible', async () => {
    const mem = memoryKv();
    const s = openStorage(mem);
    s.setItem('k', 'v1');
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    await Promise.resolve();
    expect(mem.writes).toEqual([]);
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    await Promise.resolve();
    expect(mem.writes).toEqual([['k', 'v1']]);
  });

  it('reads its own pending writes and skips rewriting an unchanged value', async () => {
    const mem = memoryKv({ k: 'stored' });
    const s = openStorage(mem);
    expect(await s.getItem('k')).toBe('stored');
    s.setItem('k', 'stored');
    await s.flush();
    expect(mem.writes).toEqual([]);
    s.setItem('k', 'new');
    expect(await s.getItem('k')).toBe('new');
    s.removeItem('k');
    expect(await s.getItem('k')).toBeNull();
    await s.flush();
    expect(mem.data.has('k')).toBe(false);
  });

  it('drops writes until opened', async () => {
    const mem = memoryKv();
    const s = createBufferedStorage(mem.kv);
    storage = s;
    s.setItem('k', 'early');
    await s.flush();
    expect(mem.writes).toEqual([]);
    s.open();
    s.setItem('k', 'late');
    await s.flush();
    expect(mem.writes).toEqual([['k', 'late']]);
  });
});

describe('the copy taken as the page is left', () => {
  /** IndexedDB whose writes never finish, as when the page ends first. */
  function dyingKv(mem: ReturnType<typeof memoryKv>) {
    return { ...mem.kv, set: () => new Promise<void>(() => undefined) };
  }

  it('keeps a change whose IndexedDB write never finished, and the next visit writes it', async () => {
    const mem = memoryKv({ k: 'old' });
    const first = createBufferedStorage(dyingKv(mem), { delayMs: 60_000 });
    first.open();
    expect(await first.getItem('k')).toBe('old');
    first.setItem('k', 'typed just before the reload');
    window.dispatchEvent(new Event('pagehide'));
    first.dispose();

    storage = createBufferedStorage(mem.kv, { delayMs: 60_000 });
    expect(await storage.getItem('k')).toBe('typed just before the reload');
    storage.open();
    await storage.flush();
    expect(mem.data.get('k')).toBe('typed just before the reload');
    expect(localStorage.length).toBe(0);
  });

  it('is cleared by a later successful write, so an older copy never wins', async () => {
    const mem = memoryKv();
    const s = openStorage(mem);
    s.setItem('k', 'v1');
    window.dispatchEvent(new Event('pagehide'));
    await s.flush();
    // Back from the back/forward cache: the user goes on typing and it is saved normally.
    s.setItem('k', 'v2');
    await s.flush();
    s.dispose();
    storage = createBufferedStorage(mem.kv, { delayMs: 60_000 });
    expect(await storage.getItem('k')).toBe('v2');
  });

  it('does nothing when the backing storage throws', async () => {
    const broken = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => {
        throw new Error('blocked');
      },
    };
    const mem = memoryKv({ k: 'stored' });
    storage = createBufferedStorage(mem.kv, { delayMs: 60_000, backup: unsavedBackup(broken) });
    storage.open();
    expect(await storage.getItem('k')).toBe('stored');
    storage.setItem('k', 'new');
    window.dispatchEvent(new Event('pagehide'));
    await Promise.resolve();
    expect(mem.writes).toEqual([['k', 'new']]);
  });
});
