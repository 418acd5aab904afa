// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { createBufferedStorage, type BufferedStorage } from './buffered-storage';
import { memoryKv } from './memory-kv.fixture';

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
