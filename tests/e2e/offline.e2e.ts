import { describe, expect, it } from 'vitest';
import { setEditorCode, waitForEditor } from './support/editor';
import { readProblemFile } from './support/problems';
import { resultsRegion, SUMMARY } from './support/results';
import { appUrl } from './support/server';
import { itStayedLocalAndQuiet, useBrowser } from './support/session';

/**
 * Installable and offline: after one visit the service worker holds the whole build, so the
 * app, any problem and the editor open, and Run works, with the network off.
 */
describe('offline after one visit', () => {
  const session = useBrowser(() => [], { serviceWorkers: 'allow' });

  it('links a web app manifest with a name, a start URL and 192/512 px icons', async () => {
    const { page } = session();
    await page.goto(appUrl('/'));
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBeTruthy();
    const manifest = (await (await page.request.get(appUrl(href ?? ''))).json()) as {
      name: string;
      start_url: string;
      display: string;
      icons: { sizes: string; type: string }[];
    };
    expect(manifest).toMatchObject({ start_url: '/', display: 'standalone' });
    expect(manifest.name).toContain('MockRound');
    const sizes = manifest.icons.map((icon) => icon.sizes);
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  });

  it('the service worker takes the whole build into its cache', async () => {
    const { page } = session();
    // Installed and active (it precaches everything before it activates).
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      return registration.active?.state;
    });
    const cached = await page.evaluate(async () => {
      let count = 0;
      for (const name of await caches.keys())
        count += (await (await caches.open(name)).keys()).length;
      return count;
    });
    expect(cached).toBeGreaterThan(100);
  }, 180_000);

  it('with the network off: reload, open a problem, Run — it works', async () => {
    const { page, context } = session();
    page.setDefaultTimeout(60_000);
    await context.setOffline(true);
    try {
      await page.reload();
      await page.getByRole('searchbox', { name: 'Search problems' }).waitFor();
      // A problem never opened before: its chunk comes from the cache too.
      await page.getByRole('searchbox', { name: 'Search problems' }).fill('Valid Parentheses');
      await page.getByRole('link', { name: 'Valid Parentheses', exact: true }).click();
      await waitForEditor(page, 60_000);
      await setEditorCode(page, readProblemFile('valid-parentheses', 'solution.js'));
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      const results = resultsRegion(page);
      await expect
        .poll(async () => SUMMARY.exec(await results.innerText())?.[2], {
          timeout: 60_000,
        })
        .toBe('0');

      // A client route typed in the address bar opens from the cache as well.
      await page.goto(appUrl('/settings'));
      await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    } finally {
      await context.setOffline(false);
    }
  }, 240_000);

  itStayedLocalAndQuiet(session);
});
