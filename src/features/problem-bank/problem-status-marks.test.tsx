// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { ProblemSummary } from '../../domain/problem/problem.schema';
import { submissionRecords } from '../../store/submission-records';
import { ProblemListPage } from './problem-list-page';

const { BANK } = vi.hoisted(() => {
  const card = (slug: string): ProblemSummary => ({
    slug,
    title: slug,
    difficulty: 'easy',
    tags: ['arrays-hashing'],
    timeLimitMinutes: 15,
  });
  return { BANK: [card('solved-one'), card('tried-one'), card('fresh-one')] };
});
vi.mock('../../content/problem-bank', () => ({
  problemSummaries: BANK,
  allTags: ['arrays-hashing'],
}));

const submit = (slug: string, passed: number, failed: number, atMs: number) =>
  submissionRecords().add({
    version: 1,
    id: `${slug}-${atMs}`,
    slug,
    language: 'js',
    code: '// code',
    verdict: { status: 'done', passed, failed },
    atMs,
  });

describe('the bank’s solved / attempted / not tried marks', () => {
  it('marks each problem from its practice Submits', async () => {
    await submit('solved-one', 1, 2, 1);
    await submit('solved-one', 3, 0, 2);
    await submit('tried-one', 0, 3, 3);
    const router = createMemoryRouter([{ path: '/', element: <ProblemListPage /> }]);
    render(<RouterProvider router={router} />);
    const card = (slug: string) =>
      screen.getByRole('link', { name: slug }).closest('li') as HTMLElement;
    await waitFor(() => expect(within(card('solved-one')).getByText('Solved')).toBeVisible());
    expect(within(card('tried-one')).getByText('Attempted')).toBeVisible();
    expect(within(card('fresh-one')).getByText('Not tried')).toBeVisible();
  });
});
