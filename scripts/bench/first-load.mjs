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

/**
 * JavaScript a problem page actually fetches before it asks for Monaco's chunk (the entry,
 * the route chunk, the problem's own chunk …), gzip-sized from dist/.
 * @param {import('playwright-core').Page} page a fresh page
 * @param {string} url the problem page
 * @param {string} distDir
 */
export async function jsBeforeEditor(page, url, distDir) {
  const before = [];
  let editorSeen = false;
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (editorSeen || !pathname.endsWith('.js')) return;
    if (/\/(monaco-code-editor|editor\.api)[^/]*\.js$/.test(pathname)) editorSeen = true;
    else if (request.resourceType() === 'script') before.push(pathname);
  });
  await page.goto(url);
  await page.locator('.monaco-editor').first().waitFor({ timeout: 30_000 });
  const files = [...new Set(before)].map((ref) => {
    const content = readFileSync(path.join(distDir, ref.replace(/^\//, '')));
    return { file: ref, bytes: content.length, gzip: gzipSync(content).length };
  });
  return { files, totalGzip: files.reduce((sum, f) => sum + f.gzip, 0), editorSeen };
}
