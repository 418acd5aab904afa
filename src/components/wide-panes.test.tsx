// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { savedLayoutKey } from './pane-layout';
import { WidePanes } from './wide-panes';

// The resizing library measures with ResizeObserver, which jsdom lacks: without one it never loads.
class StubResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
beforeAll(() => {
  globalThis.ResizeObserver = StubResizeObserver;
});
afterAll(() => {
  delete (globalThis as { ResizeObserver?: unknown }).ResizeObserver;
});

let mounts = 0;
function Statement() {
  useEffect(() => {
    mounts += 1;
  }, []);
  return <h1>Two Sum</h1>;
}

describe('WidePanes', () => {
  it('paints the panes at the saved sizes, then hands them to the resizing library without remounting them', async () => {
    localStorage.setItem(
      savedLayoutKey('test'),
      JSON.stringify({ 'pane-statement': 40, 'pane-code': 35, 'pane-results': 25 }),
    );
    const { container } = render(
      <WidePanes
        layoutId="test"
        statement={<Statement />}
        toolbar={<button type="button">Run</button>}
        editor={<textarea aria-label="Code" defaultValue="" />}
        results={<p>No run yet</p>}
      />,
    );
    // First: no separator yet, the panes at the saved sizes, the content in place.
    expect(screen.queryByRole('separator')).toBeNull();
    const boxes = [...container.querySelectorAll<HTMLElement>('.code-panes-static > .pane-box')];
    expect(boxes.map((box) => box.style.flexGrow)).toEqual(['40', '35', '25']);
    expect(screen.getByRole('heading', { name: 'Two Sum' })).toBeTruthy();
    const code = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Code' });
    await userEvent.type(code, 'let a');

    // Then the library: two separators, the same sizes, the same (still focused) editor.
    expect(await screen.findAllByRole('separator')).toHaveLength(2);
    expect(container.querySelector('.code-panes-static')).toBeNull();
    const panels = [...container.querySelectorAll<HTMLElement>('[data-panel]')];
    expect(panels.map((panel) => panel.style.flexGrow)).toEqual(['40', '35', '25']);
    expect(screen.getByRole('textbox', { name: 'Code' })).toBe(code);
    expect(document.activeElement).toBe(code);
    await userEvent.keyboard(' = 1');
    expect(code.value).toBe('let a = 1');
    expect(mounts).toBe(1);
    expect(screen.getByRole('button', { name: 'Run' }).closest('[data-panel]')).toBe(panels[1]);
  });
});
