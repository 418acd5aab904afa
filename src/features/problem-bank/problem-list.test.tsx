// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProblemSummary } from '../../domain/problem/problem.schema';
import { useAppStore } from '../../store/app-store';
import { ProblemList } from './problem-list';

afterEach(() => {
  act(() => useAppStore.getState().resetSettings());
});

describe('Hide difficulty and tags', () => {
  const problems: ProblemSummary[] = [
    {
      slug: 'two-sum',
      title: 'Two Sum',
      difficulty: 'easy',
      tags: ['arrays-hashing'],
      timeLimitMinutes: 15,
    },
  ];

  it('takes the difficulty and the tags off the problem list, not the time', () => {
    const { rerender } = render(
      <MemoryRouter>
        <ProblemList problems={problems} />
      </MemoryRouter>,
    );
    expect(screen.getByText('Easy')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Tags for Two Sum' })).toBeInTheDocument();

    act(() => useAppStore.getState().updateSettings({ hideDifficultyAndTags: true }));
    rerender(
      <MemoryRouter>
        <ProblemList problems={problems} />
      </MemoryRouter>,
    );
    expect(screen.queryByText('Easy')).not.toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Tags for Two Sum' })).not.toBeInTheDocument();
    expect(screen.getByText('15 min')).toBeInTheDocument();
  });
});
