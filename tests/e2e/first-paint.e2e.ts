import { describe, expect, it } from 'vitest';
import { appUrl } from './support/server';
import { itStayedLocalAndQuiet, useBrowser } from './support/session';

/**
 * The problem list is in index.html (rendered at build time): it is on screen before the app's
 * script has arrived, and the app then takes the same markup over. index.html answers every
 * address, so anywhere else the list must not show while the script loads.
 */
describe('first paint before the app’s script', () => {
  const session = useBrowser();

  /** A page whose scripts never arrive: what index.html alone paints. */
  async function withoutScripts(path: string) {
    const page = await session().context.newPage();
    await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
    await page.goto(appUrl(path));
    return page;
  }

  it('shows the problem list at / with no script run', async () => {
    const page = await withoutScripts('/');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Problems' }).isVisible(),
    ).resolves.toBe(true);
    await expect(page.getByRole('link', { name: 'Two Sum' }).isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('shows no list on a problem’s address or a filtered list', async () => {
    for (const path of ['/problems/two-sum', '/?tag=trees', '/history']) {
      const page = await withoutScripts(path);
      await expect(page.locator('#root').evaluate((root) => root.childNodes.length)).resolves.toBe(
        0,
      );
      await page.close();
    }
  });

  it('shows no prerendered list to a user who hides difficulty and tags (it would show them)', async () => {
    const page = await session().context.newPage();
    await page.goto(appUrl('/settings'));
    const hide = page.getByRole('checkbox', { name: 'Hide difficulty and tags' });
    await hide.check();
    const rootChildren = async () => {
      const bare = await withoutScripts('/');
      const count = await bare.locator('#root').evaluate((root) => root.childNodes.length);
      await bare.close();
      return count;
    };
    await expect.poll(rootChildren).toBe(0);
    await hide.uncheck();
    await expect.poll(rootChildren).toBeGreaterThan(0);
    await page.close();
  });

  it('takes the list over without a mismatch: the same link then opens the problem', async () => {
    const page = await session().context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(appUrl('/'));
    const link = page.getByRole('link', { name: 'Two Sum' });
    const before = await link.elementHandle();
    // The app is live once the page's own title is set by its render.
    await page.waitForFunction(() => document.title === 'Problems · MockRound');
    expect(await before?.evaluate((node) => node.isConnected)).toBe(true);
    await link.click();
    await page.getByRole('heading', { level: 1, name: 'Two Sum' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/problems/two-sum');
    expect(errors).toEqual([]);
    await page.close();
  });

  itStayedLocalAndQuiet(session);
});
