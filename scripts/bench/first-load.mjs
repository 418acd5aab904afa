// First-load JavaScript: every script and modulepreload that dist/index.html references,
// i.e. what the browser fetches before any lazy chunk (Monaco) is requested.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * @param {string} distDir
 * @returns {{ files: { file: string, bytes: number, gzip: number }[], totalGzip: number }}
 */
export function firstLoadJs(distDir) {
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const refs = new Set();
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) refs.add(match[1]);
  for (const match of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g))
    refs.add(match[1]);
  for (const match of html.matchAll(/<link\b[^>]*\bhref="([^"]+)"[^>]*\brel="modulepreload"/g))
    refs.add(match[1]);
  const files = [...refs]
    .filter((ref) => ref.endsWith('.js') && !/^[a-z]+:/i.test(ref))
    .map((ref) => {
      const content = readFileSync(path.join(distDir, ref.replace(/^\//, '')));
      return { file: ref, bytes: content.length, gzip: gzipSync(content).length };
    });
  return { files, totalGzip: files.reduce((sum, f) => sum + f.gzip, 0) };
}

/** How the page shows the code before Monaco has loaded (src/features/editor/plain-code-editor.tsx). */
const PLAIN_EDITOR = '.plain-code-editor';

/**
 * Points at the editor as a user reaching for it would (Monaco loads then, not with the page)
 * and waits until Monaco has painted its lines.
 * @param {import('playwright-core').Page} page
 */
export async function reachForEditor(page) {
  const lines = page.locator('.monaco-editor .view-lines .view-line').first();
  await page
    .locator(`${PLAIN_EDITOR}, .monaco-editor .view-lines`)
    .first()
    .waitFor({ timeout: 30_000 });
  const plain = page.locator(PLAIN_EDITOR).first();
  if (await plain.isVisible()) {
    // From elsewhere, so the pointer enters it even if it rests where the editor appeared.
    await page.mouse.move(0, 0);
    await plain.hover({ timeout: 5_000 }).catch(() => {});
  }
  await lines.waitFor({ state: 'attached', timeout: 30_000 });
}

/**
 * JavaScript a problem page fetches to show the problem (the entry, the route chunk, the
 * problem's own chunk …): the scripts requested before the problem page is first on screen
 * (its statement and editor frame), gzip-sized from dist/. Monaco's chunk was requested right
 * after that; it now loads when the user reaches for the editor. What the page fetches after it
 * is on screen and before Monaco (the runner's warm-up, started by an effect) is listed apart,
 * in `after`.
 * @param {import('playwright-core').Page} page a fresh page
 * @param {string} url the problem page
 * @param {string} distDir
 */
export async function jsBeforeEditor(page, url, distDir) {
  // The moment the page is first in the DOM, on the page's own clock (a mutation observer
  // fires within the task that inserted it, before React runs the effects that start the
  // runner's warm-up).
  await page.addInitScript((selector) => {
    new MutationObserver((_records, observer) => {
      if (!document.querySelector(selector)) return;
      window.__pageShownAt = performance.now();
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  }, '.editor-frame');
  const requests = [];
  let editorSeen = false;
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (editorSeen || !pathname.endsWith('.js')) return;
    if (/\/(monaco-code-editor|editor\.api)[^/]*\.js$/.test(pathname)) editorSeen = true;
    else if (request.resourceType() === 'script') requests.push(pathname);
  });
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  const started = await page.evaluate(() => ({
    shownAt: window.__pageShownAt ?? Infinity,
    starts: performance
      .getEntriesByType('resource')
      .map((entry) => [new URL(entry.name).pathname, entry.startTime]),
  }));
  await reachForEditor(page);
  const startOf = new Map(started.starts);
  const sized = (ref) => {
    const content = readFileSync(path.join(distDir, ref.replace(/^\//, '')));
    return { file: ref, bytes: content.length, gzip: gzipSync(content).length };
  };
  const unique = [...new Set(requests)];
  const files = unique.filter((ref) => (startOf.get(ref) ?? 0) < started.shownAt).map(sized);
  const after = unique.filter((ref) => (startOf.get(ref) ?? 0) >= started.shownAt).map(sized);
  return {
    files,
    after,
    totalGzip: files.reduce((sum, f) => sum + f.gzip, 0),
    editorSeen: editorSeen && Number.isFinite(started.shownAt),
  };
}
