// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { renderProblemListHtml } from './render-problem-list';
import { startApp } from './start-app';

afterEach(() => document.body.replaceChildren());

describe('starting the app in steps', () => {
  it('ends with the app live on the list index.html was built with', async () => {
    const root = document.createElement('div');
    root.innerHTML = await renderProblemListHtml();
    document.body.append(root);
    const link = root.querySelector('a[href="/problems/two-sum"]');
    await startApp(root);
    await expect.poll(() => document.title, { timeout: 5_000 }).toBe('Problems · MockRound');
    expect(root.querySelector('a[href="/problems/two-sum"]')).toBe(link);
  });
});
