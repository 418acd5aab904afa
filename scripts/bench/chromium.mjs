// Launches Chromium for the bench with the same flags and fresh profile as the e2e suite
// (tests/e2e/support/browser.ts); see STACK-NOTES trap 6 for why each flag is there.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** @returns {Promise<{ context: import('playwright-core').BrowserContext, profile: string, close(): Promise<void> }>} */
export async function launchChromium() {
  const profile = mkdtempSync(path.join(tmpdir(), 'mockround-bench-'));
  const executablePath =
    process.env.CHROMIUM_PATH ??
    (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 900 },
    // The app's service worker would download the whole build in the background of each
    // measurement; the rows measure the app itself, as the e2e tests do.
    serviceWorkers: 'block',
  });
  return {
    context,
    profile,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
