import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLocalRequest } from './support/browser';
import { setEditorCode } from './support/editor';
import { startEscapeListener, type EscapeListener } from './support/escape-listener';
import { escapeProbeCode, PROBE_NAMES } from './support/escape-probes';
import { caseCounts, openProblem } from './support/problem-page';
import { readProblemFile } from './support/problems';
import { parseSummary, runAndWatch } from './support/results';
import { BASE_URL } from './support/server';
import { useBrowser } from './support/session';

const counts = caseCounts(
  JSON.parse(readProblemFile('two-sum', 'tests.json')) as { cases: { hidden: boolean }[] },
);
const CHUNK = `/assets/${readdirSync(path.resolve(import.meta.dirname, '../../dist/assets')).find((f) => /^index-.*\.js$/.test(f)) ?? 'index.js'}`;

/** Storage the app's origin holds, which solution code must not be able to touch. */
async function seedAppStorage(page: Page): Promise<void> {
  await page.evaluate(async () => {
    localStorage.setItem('e2e-marker', 'kept');
    document.cookie = 'e2e-marker=kept; path=/';
    await (await caches.open('e2e-marker')).put('/marker', new Response('kept'));
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('mockround-e2e-marker', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('kv');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction('kv', 'readwrite');
        tx.objectStore('kv').put('kept', 'marker');
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
      };
    });
    const w = window as unknown as { __bc: unknown[] };
    w.__bc = [];
    new BroadcastChannel('mockround-e2e').onmessage = (e) => w.__bc.push(e.data);
  });
}

async function readAppStorage(page: Page) {
  return page.evaluate(async () => {
    const marker = await new Promise<unknown>((resolve) => {
      const open = indexedDB.open('mockround-e2e-marker');
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('kv')) return resolve('store gone');
        const get = db.transaction('kv').objectStore('kv').get('marker');
        get.onsuccess = () => {
          db.close();
          resolve(get.result);
        };
      };
      open.onerror = () => resolve('unreadable');
    });
    return {
      marker,
      local: localStorage.getItem('e2e-marker'),
      escapedLocal: localStorage.getItem('escaped'),
      cookie: document.cookie,
      cache: await (await (await caches.open('e2e-marker')).match('/marker'))?.text(),
      escapeCache: await caches.has('escape'),
      broadcast: (window as unknown as { __bc: unknown[] }).__bc,
    };
  });
}

describe('the sandbox boundary: solution code reaches no network, storage or app file', () => {
  let listener: EscapeListener;
  beforeAll(async () => {
    listener = await startEscapeListener();
  });
  afterAll(async () => {
    await listener?.close();
  });
  const session = useBrowser(() => [listener.resolverArg]);
  let lines: Map<string, string>;

  it('runs code that tries every way out, and gets a verdict', async () => {
    const { page } = session();
    await openProblem(page, 'two-sum', 'js');
    await seedAppStorage(page);
    await setEditorCode(page, escapeProbeCode(listener.origin, BASE_URL, CHUNK));
    const outcome = await runAndWatch(page, { click: 'Run' }, undefined, 15_000);
    expect(parseSummary(outcome.text)).toEqual({ passed: counts.visible, failed: 0 });
    const texts = await page.locator('.console-line').allTextContents();
    lines = new Map(
      texts
        .map((t) => /^probe (\w+): (\w+)$/.exec(t.trim()))
        .filter((m): m is RegExpExecArray => m !== null)
        .map((m) => [m[1] as string, m[2] as string]),
    );
    expect([...lines.keys()].sort()).toEqual([...PROBE_NAMES].sort());
  });

  it.each(PROBE_NAMES)('%s fails from solution code', (name) => {
    expect(lines.get(name)).toBe('blocked');
  });

  it('no request reached the listener (fetch, XHR, WebSocket, EventSource, import, nested worker)', async () => {
    // Give a nested worker or a retrying EventSource time to try.
    await session().page.waitForTimeout(500);
    // The listener is the judge: Chromium reports requests it then blocks (CSP) to Playwright too.
    expect(listener.hits).toEqual([]);
  });

  it("the app's own storage and files were neither read nor changed", async () => {
    const { page, requests } = session();
    expect(await readAppStorage(page)).toEqual({
      marker: 'kept',
      local: 'kept',
      escapedLocal: null,
      cookie: 'e2e-marker=kept',
      cache: 'kept',
      escapeCache: false,
      broadcast: [],
    });
    // Only the page itself loaded the app's files, before the run.
    expect(requests.filter((url) => url.endsWith(CHUNK))).toHaveLength(1);
  });

  it('the listener is reachable from the app itself, so the checks above can fail', async () => {
    const { page } = session();
    const status = await page.evaluate(
      async (url) => (await fetch(url)).status,
      `${listener.origin}/control`,
    );
    expect(status).toBe(200);
    expect(listener.hits).toEqual(['GET /control']);
  });

  it('the next Run with a correct solution passes', async () => {
    const { page } = session();
    await setEditorCode(page, readProblemFile('two-sum', 'solution.js'));
    const outcome = await runAndWatch(page, { click: 'Run' }, undefined, 10_000);
    expect(parseSummary(outcome.text)).toEqual({ passed: counts.visible, failed: 0 });
  });

  it('threw no uncaught error in the page, and asked nothing of hosts but 127.0.0.1 and the listener', () => {
    const { pageErrors, requests } = session();
    expect(pageErrors).toEqual([]);
    expect(
      requests.filter((url) => !isLocalRequest(url) && !url.startsWith(listener.origin)),
    ).toEqual([]);
  });
});
