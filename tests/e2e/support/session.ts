import { afterAll, beforeAll, expect, it } from 'vitest';
import { isLocalRequest, openBrowser, type BrowserOptions, type BrowserSession } from './browser';

/**
 * Opens one browser for the calling describe block and closes it afterwards.
 * Returns a getter because the session exists only once beforeAll has run. `extraArgs` (read
 * in beforeAll) adds Chromium flags, e.g. host resolver rules; `options` can let the service
 * worker in.
 */
export function useBrowser(
  extraArgs: () => string[] = () => [],
  options: BrowserOptions = {},
): () => BrowserSession {
  let session: BrowserSession | undefined;
  beforeAll(async () => {
    session = await openBrowser(extraArgs(), options);
  });
  afterAll(async () => {
    await session?.close();
  });
  return () => {
    if (!session) throw new Error('browser session not open (beforeAll failed?)');
    return session;
  };
}

/**
 * Appends the checks every browser session must pass: the app works offline, so nothing
 * may leave 127.0.0.1, and nothing may throw uncaught. Call last inside the describe block.
 */
export function itStayedLocalAndQuiet(get: () => BrowserSession): void {
  it('made no request outside 127.0.0.1 (only 127.0.0.1, data: and blob:)', () => {
    const { requests } = get();
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !isLocalRequest(url))).toEqual([]);
  });
  it('threw no uncaught error in the page', () => {
    expect(get().pageErrors).toEqual([]);
  });
}
