import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { BASE_URL } from './server';

/**
 * Flags that keep Chromium quiet on a machine with no network: without the
 * background-networking ones it keeps dialling Google hosts (STACK-NOTES trap 6).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's Chromium when present; otherwise undefined, so Playwright uses its own download. */
export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/** One Chromium with a throwaway profile, plus everything it asked the network for. */
export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** The throwaway profile directory (finds this browser's processes in /proc). */
  profile: string;
  /** Every request URL the context made, in order, over the session's life. */
  requests: string[];
  /** Uncaught exceptions thrown in any page of the context. */
  pageErrors: string[];
  close(): Promise<void>;
}

export interface BrowserOptions {
  /**
   * 'block' (the default) keeps the app's service worker out: it would fetch the whole build in
   * the background of every test. The offline test allows it.
   */
  serviceWorkers?: 'allow' | 'block';
}

/** Launches Chromium with a fresh profile (launch() refuses --user-data-dir, hence persistent). */
export async function openBrowser(
  extraArgs: string[] = [],
  options: BrowserOptions = {},
): Promise<BrowserSession> {
  const profile = mkdtempSync(path.join(tmpdir(), 'mockround-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumExecutable(),
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
    viewport: { width: 1280, height: 900 },
    serviceWorkers: options.serviceWorkers ?? 'block',
  });
  // The editor helper pastes code through the clipboard (see support/editor.ts).
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE_URL });
  const requests: string[] = [];
  const pageErrors: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const watchErrors = (page: Page) =>
    page.on('pageerror', (error) => pageErrors.push(String(error)));
  context.pages().forEach(watchErrors);
  context.on('page', watchErrors);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    profile,
    requests,
    pageErrors,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** True for URLs served by this machine's preview server or made in-page (data:, blob:). */
export function isLocalRequest(url: string): boolean {
  const parsed = new URL(url);
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return true;
  return (
    (parsed.protocol === 'http:' || parsed.protocol === 'ws:') && parsed.hostname === '127.0.0.1'
  );
}
