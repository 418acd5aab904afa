// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act } from 'react';
import type { Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountApp } from './mount-app';
import { renderProblemListHtml } from './render-problem-list';

// React's act() is used directly here, not through Testing Library's render.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let app: Root | undefined;
afterEach(() => {
  act(() => app?.unmount());
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('starting the app on the list index.html was built with', () => {
  it('takes the markup over: the same elements stay, with no mismatch reported', async () => {
    const root = document.createElement('div');
    root.innerHTML = await renderProblemListHtml();
    document.body.append(root);
    const link = root.querySelector('a[href="/problems/two-sum"]');
    const search = root.querySelector('input[type="search"]');
    expect(link).not.toBeNull();
    const errors: unknown[] = [];
    vi.spyOn(console, 'error').mockImplementation((...args) => errors.push(args));
    window.addEventListener('error', (event) => errors.push(event.error));

    await act(async () => {
      app = mountApp(root);
    });
    // The app is live on the markup: its render set the page's title.
    await vi.waitFor(() => expect(document.title).toBe('Problems · MockRound'));

    expect(root.querySelector('a[href="/problems/two-sum"]')).toBe(link);
    expect(root.querySelector('input[type="search"]')).toBe(search);
    expect(errors).toEqual([]);
  });

  it('renders from scratch into an empty root (every other address)', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    await act(async () => {
      app = mountApp(root);
    });
    await vi.waitFor(() =>
      expect(root.querySelector('a[href="/problems/two-sum"]')).not.toBeNull(),
    );
  });
});
