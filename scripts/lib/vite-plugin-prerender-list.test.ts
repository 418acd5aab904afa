import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadProblemBank } from './vite-plugin-problems';
import { CLEAR_ELSEWHERE, renderListHtml, withPrerenderedList } from './vite-plugin-prerender-list';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const INDEX = '<body>\n    <div id="root"></div>\n  </body>';

describe('the problem list rendered into index.html', () => {
  it('holds a link to every problem of the bank, the header and the filters', async () => {
    const html = await renderListHtml(root);
    const { problems } = loadProblemBank(root);
    expect(problems.length).toBeGreaterThan(10);
    for (const problem of problems)
      expect(html).toContain(`href="/problems/${problem.slug}" data-discover="true">`);
    expect(html).toContain('<h1>Problems</h1>');
    expect(html).toContain('<nav aria-label="Main">');
    expect(html).toContain('role="search"');
    // The browser's render puts the title into <head>; in the root it would be stray markup.
    expect(html).not.toContain('<title>');
  }, 60_000);

  it('goes into the empty root, followed by the script that empties it at other addresses', () => {
    expect(withPrerenderedList(INDEX, '<h1>Problems</h1>')).toBe(
      `<body>\n    <div id="root"><h1>Problems</h1></div>${CLEAR_ELSEWHERE}\n  </body>`,
    );
    expect(() => withPrerenderedList('<body><main></main></body>', '<h1>x</h1>')).toThrow(
      'index.html has no empty <div id="root"></div>',
    );
  });
});
