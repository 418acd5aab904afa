// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { markdownToHtml } from '../domain/problem/problem-html';
import { RenderedMarkdown } from './rendered-markdown';

/** Markdown as the build renders it, shown as the app shows it. */
const renderMarkdown = (source: string) =>
  render(<RenderedMarkdown html={markdownToHtml(source)} />);

describe('RenderedMarkdown of build-time HTML', () => {
  it('renders headings, emphasis, lists and code', () => {
    const { container } = renderMarkdown(
      '## Example\n\nReturn **the sum**.\n\n- one\n- two\n\n```\nadd(1, 2) // 3\n```',
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Example' })).toBeInTheDocument();
    expect(screen.getByText('the sum').tagName).toBe('STRONG');
    const markdown = within(container.querySelector<HTMLElement>('.markdown')!);
    expect(markdown.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['one', 'two']);
    expect(screen.getByText('add(1, 2) // 3').tagName).toBe('CODE');
  });

  it('never renders markup or script links from a problem pack', () => {
    const { container } = renderMarkdown(
      'Hi <img src=x onerror="alert(1)"> <script>alert(2)</script>\n\n<iframe src="https://evil.example"></iframe>\n\n[click](javascript:alert(3)) [data](data:text/html,<b>x</b>)',
    );
    const markdown = container.querySelector('.markdown')!;
    expect(markdown.querySelector('img, script, iframe')).toBeNull();
    expect(markdown.textContent).toContain('<img src=x onerror="alert(1)">');
    for (const name of ['click', 'data'])
      expect(screen.getByText(name).getAttribute('href') ?? '').not.toMatch(/^(javascript|data):/i);
  });
});
