// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { problemFixtureFiles } from '../content/problem.fixture';
import { parseProblem } from '../domain/problem/parse-problem';
import { useAppStore } from '../store/app-store';
import { routes } from './routes';

const problem = parseProblem(
  'problems/add-two',
  problemFixtureFiles({ slug: 'add-two', title: 'Add Two' }),
);

vi.mock('../content/problem-bank', () => {
  const cache = new Map<string, Promise<unknown>>();
  return {
    problemSummaries: [],
    allTags: [],
    getSummary: () => undefined,
    // The same promise per slug, as the real loader's cache gives.
    loadProblem: (slug: string) => {
      if (!cache.has(slug))
        cache.set(slug, Promise.resolve(slug === 'add-two' ? problem : undefined));
      return cache.get(slug);
    },
    loadProblemPage: (slug: string) => {
      const key = `page:${slug}`;
      if (!cache.has(key))
        cache.set(key, Promise.resolve(slug === 'add-two' ? problem : undefined));
      return cache.get(key);
    },
  };
});
// Monaco cannot run in jsdom; the round only needs something in the editor slot.
vi.mock('../features/editor/code-editor', () => ({
  CodeEditor: ({ ownCode }: { ownCode?: { value: string } }) => (
    <pre data-testid="editor">{ownCode?.value}</pre>
  ),
}));

function renderAt(url: string) {
  render(<RouterProvider router={createMemoryRouter(routes, { initialEntries: [url] })} />);
}

beforeEach(async () => {
  await waitFor(() => expect(useAppStore.getState().hydrated).toBe(true));
  act(() => useAppStore.getState().clearActiveRound());
});

describe('round routes', () => {
  it('has a Rounds link in the main navigation, current on /rounds', async () => {
    renderAt('/rounds');
    expect(await screen.findByRole('heading', { level: 1, name: 'Rounds' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Rounds' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Problems' })).not.toHaveAttribute('aria-current');
  });

  it('/round without an active round says so and links to the problems', async () => {
    renderAt('/round');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'No round in progress' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Choose a problem' })).toHaveAttribute('href', '/');
  });

  it('/round shows the active round on its problem, with the round’s own code', async () => {
    act(() => {
      useAppStore.getState().startRound({
        id: 'r',
        problemSlug: 'add-two',
        mode: 'practice',
        durationMs: 600_000,
        language: 'js',
        code: '// round code',
      });
      useAppStore.getState().dispatchRound({ type: 'begin-coding' });
    });
    renderAt('/round');
    expect(await screen.findByRole('timer', { name: 'Time left' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Add Two' })).toBeInTheDocument();
    expect(screen.getByTestId('editor')).toHaveTextContent('// round code');
    expect(screen.getByRole('link', { name: 'Rounds' })).toHaveAttribute('aria-current', 'true');
  });

  it('the problem page offers "Start round"', async () => {
    renderAt('/problems/add-two');
    expect(await screen.findByRole('button', { name: 'Start round' })).toHaveAttribute(
      'aria-haspopup',
      'dialog',
    );
  });
});
