// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { ProblemSummary } from '../../domain/problem/problem.schema';
import { ProblemListPage } from './problem-list-page';

const { BANK } = vi.hoisted(() => {
  const BANK: ProblemSummary[] = [
    {
      slug: 'two-sum',
      title: 'Two Sum',
      difficulty: 'easy',
      tags: ['arrays-hashing'],
      timeLimitMinutes: 15,
    },
    {
      slug: 'valid-parens',
      title: 'Valid Parentheses',
      difficulty: 'easy',
      tags: ['stack'],
      timeLimitMinutes: 15,
    },
    {
      slug: 'longest-substring',
      title: 'Longest Substring Without Repeating Characters',
      difficulty: 'medium',
      tags: ['sliding-window', 'arrays-hashing'],
      timeLimitMinutes: 25,
    },
    {
      slug: 'merge-k-lists',
      title: 'Merge K Sorted Lists',
      difficulty: 'hard',
      tags: ['heaps', 'linked-list'],
      timeLimitMinutes: 40,
    },
  ];
  return { BANK };
});

vi.mock('../../content/problem-bank', () => ({
  problemSummaries: BANK,
  allTags: [...new Set(BANK.flatMap((p) => p.tags))].sort(),
}));

function renderAt(url: string) {
  const router = createMemoryRouter([{ path: '/', element: <ProblemListPage /> }], {
    initialEntries: [url],
  });
  render(<RouterProvider router={router} />);
  return router;
}

// Problem titles are the only links on the page.
const titles = () => screen.queryAllByRole('link').map((a) => a.textContent);

describe('ProblemListPage', () => {
  it('lists every problem with its difficulty, tags and minutes', () => {
    renderAt('/');
    expect(titles()).toEqual(BANK.map((p) => p.title));
    const twoSum = screen.getByRole('link', { name: 'Two Sum' });
    expect(twoSum).toHaveAttribute('href', '/problems/two-sum');
    const card = twoSum.closest('li') as HTMLElement;
    expect(within(card).getByText('Easy')).toBeInTheDocument();
    expect(within(card).getByText('arrays-hashing')).toBeInTheDocument();
    expect(within(card).getByText('15 min')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Showing 4 of 4 problems');
  });

  it('filters by difficulty and writes it to the URL', async () => {
    const user = userEvent.setup();
    const router = renderAt('/');
    await user.selectOptions(screen.getByLabelText('Difficulty'), 'easy');
    expect(titles()).toEqual(['Two Sum', 'Valid Parentheses']);
    expect(router.state.location.search).toBe('?difficulty=easy');
  });

  it('filters by tag, offering every tag', async () => {
    const user = userEvent.setup();
    renderAt('/');
    const tag = screen.getByLabelText('Tag');
    expect(
      within(tag)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['All', 'arrays-hashing', 'heaps', 'linked-list', 'sliding-window', 'stack']);
    await user.selectOptions(tag, 'arrays-hashing');
    expect(titles()).toEqual(['Two Sum', 'Longest Substring Without Repeating Characters']);
  });

  it('searches titles and tags, and keeps the query in the URL', async () => {
    const user = userEvent.setup();
    const router = renderAt('/');
    const search = screen.getByRole('searchbox', { name: 'Search problems' });
    await user.type(search, 'sliding window');
    expect(search).toHaveValue('sliding window');
    expect(titles()).toEqual(['Longest Substring Without Repeating Characters']);
    expect(router.state.location.search).toBe('?q=sliding+window');

    await user.clear(search);
    await user.type(search, 'merge');
    expect(titles()).toEqual(['Merge K Sorted Lists']);
  });

  it('restores filters from the URL and follows back navigation', async () => {
    const user = userEvent.setup();
    const router = renderAt('/?difficulty=hard&q=lists');
    expect(screen.getByLabelText('Difficulty')).toHaveValue('hard');
    expect(screen.getByRole('searchbox', { name: 'Search problems' })).toHaveValue('lists');
    expect(titles()).toEqual(['Merge K Sorted Lists']);

    await user.selectOptions(screen.getByLabelText('Difficulty'), 'easy');
    expect(screen.getByText('No problems match these filters.')).toBeInTheDocument();

    await act(() => router.navigate(-1));
    expect(screen.getByLabelText('Difficulty')).toHaveValue('hard');
    expect(titles()).toEqual(['Merge K Sorted Lists']);
  });

  it('shows an empty state that clears the filters', async () => {
    const user = userEvent.setup();
    renderAt('/?tag=stack&difficulty=hard');
    expect(screen.getByText('No problems match these filters.')).toBeInTheDocument();
    expect(screen.queryAllByRole('link')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(titles()).toHaveLength(4);
    expect(screen.getByLabelText('Tag')).toHaveValue('');
  });
});
