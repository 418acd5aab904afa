// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../store/app-store';
import { routes } from './routes';

vi.mock('../content/problem-bank', () => ({
  problemSummaries: [],
  allTags: [],
  // A stable promise, as the real loader's cache gives React's use().
  loadProblem: (() => {
    const none = Promise.resolve(undefined);
    return () => none;
  })(),
  loadProblemPage: (() => {
    const none = Promise.resolve(undefined);
    return () => none;
  })(),
}));

function renderAt(url: string) {
  render(<RouterProvider router={createMemoryRouter(routes, { initialEntries: [url] })} />);
}

describe('AppShell and routes', () => {
  it('has the product name, a Problems link, a skip link and the main landmark', () => {
    renderAt('/');
    expect(screen.getByRole('link', { name: 'MockRound' })).toHaveAttribute('href', '/');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(nav).toContainElement(screen.getByRole('link', { name: 'Problems' }));
    expect(screen.getByRole('link', { name: 'Problems' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveAttribute('href', '#main');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    expect(screen.getByRole('heading', { level: 1, name: 'Problems' })).toBeInTheDocument();
  });

  it('shows a not-found page for unknown URLs and unknown problems', () => {
    renderAt('/nowhere');
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the problems' })).toHaveAttribute('href', '/');
  });

  it('names the missing problem', async () => {
    renderAt('/problems/no-such-problem');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/no-such-problem/)).toBeInTheDocument();
  });

  it('shows a storage problem as a dismissible alert', async () => {
    const user = userEvent.setup();
    renderAt('/');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    act(() => useAppStore.setState({ storageProblem: 'Your saved code could not be read.' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Your saved code could not be read.');
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
