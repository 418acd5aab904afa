// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRound } from '../../domain/round/round-machine';
import type { Round } from '../../domain/round/round.schema';
import { roundRecords } from '../../store/round-records';
import { idbKeyValueStore } from '../../store/buffered-storage';
import { PastRoundsPage, ROUNDS_PAGE } from './past-rounds-page';
import { MIN, resetRound, roundInput, T0 } from './round-test.fixture';

vi.mock('../../content/problem-bank', () => ({
  getSummary: (slug: string) => (slug === 'add-two' ? { title: 'Add Two' } : undefined),
}));

const finished: Round = {
  ...createRound(roundInput({ id: 'past-finished', mode: 'timed' }), T0),
  phase: 'saved',
  endedAt: T0 + 12 * MIN,
  endReason: 'done',
  estimate: { time: 'O(1)', space: 'O(n)', reason: '' },
  reveal: {
    passed: 3,
    failed: 1,
    status: 'done',
    olderVerdict: { time: 'match', space: 'wrong' },
    selfScore: 'partly',
  },
  recap: { wentWell: '', toImprove: '', nextStep: '', feeling: 4, feelingNote: '' },
  savedAt: T0 + 20 * MIN,
};
const abandoned: Round = {
  ...createRound(roundInput({ id: 'past-abandoned', problemSlug: 'gone-problem' }), T0 + 60 * MIN),
  abandonedAt: T0 + 65 * MIN,
};

beforeAll(async () => {
  await roundRecords().save(finished);
  await roundRecords().save(abandoned);
  // A hand-edited record: reported, not dropped.
  await idbKeyValueStore('mockround-records').set('round:broken', { version: 1, id: 'broken' });
});

function renderPage(state?: unknown) {
  const router = createMemoryRouter([{ path: '/rounds', element: <PastRoundsPage /> }], {
    initialEntries: [{ pathname: '/rounds', state }],
  });
  render(<RouterProvider router={router} />);
}

describe('PastRoundsPage', () => {
  beforeEach(() => resetRound(null));

  it('lists the past rounds newest first with their outcome', async () => {
    renderPage();
    const list = await screen.findByRole('list', { name: 'Past rounds' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('gone-problem');
    expect(items[0]).toHaveTextContent('Abandoned');
    expect(items[1]).toHaveTextContent('Add Two');
    expect(within(items[1] as HTMLElement).getByRole('link', { name: 'Add Two' })).toHaveAttribute(
      'href',
      '/problems/add-two',
    );
    expect(items[1]).toHaveTextContent('Timed');
    expect(items[1]).toHaveTextContent('12:00 of 15:00');
    expect(items[1]).toHaveTextContent('3 of 4 passed');
    expect(items[1]).toHaveTextContent(
      'Time O(1): Match — against the reference (older round) · Space O(n): Wrong — against the reference (older round)',
    );
    expect(items[1]).toHaveTextContent('Partly');
    expect(items[1]).toHaveTextContent('4 of 5 (Good)');
  });

  it('reports an unreadable record instead of hiding it', async () => {
    renderPage();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Saved round "round:broken" could not be read',
    );
  });

  it('confirms a round just saved, and links back to a round in progress', async () => {
    await resetRound(roundInput({ id: 'live' }));
    renderPage({ savedRoundId: 'past-finished' });
    expect(
      screen.getByText('Round saved. It is at the top of your past rounds.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go back to it' })).toHaveAttribute('href', '/round');
    await screen.findByRole('list', { name: 'Past rounds' });
  });

  it('shows the most recent rounds first and more on request', async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: ROUNDS_PAGE + 3 }, (_, i) => ({
      ...finished,
      id: `many-${String(i).padStart(2, '0')}`,
      startedAt: T0 + (100 + i) * MIN,
    }));
    await roundRecords().saveMany(many);
    renderPage();
    const list = await screen.findByRole('list', { name: 'Past rounds' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(ROUNDS_PAGE);
    const total = ROUNDS_PAGE + 3 + 2;
    expect(
      screen.getByText(`The ${ROUNDS_PAGE} most recent of ${total} rounds.`),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Search them all in History' })).toHaveAttribute(
      'href',
      '/history',
    );
    await user.click(screen.getByRole('button', { name: 'Show 5 more' }));
    await waitFor(() =>
      expect(
        within(screen.getByRole('list', { name: 'Past rounds' })).getAllByRole('listitem'),
      ).toHaveLength(total),
    );
    expect(screen.queryByRole('button', { name: /more/ })).not.toBeInTheDocument();
    // Focus moves to the first new round once it is painted (after the list grows).
    await waitFor(() => {
      const items = within(screen.getByRole('list', { name: 'Past rounds' })).getAllByRole(
        'listitem',
      );
      expect(within(items[ROUNDS_PAGE] as HTMLElement).getAllByRole('link')[0]).toHaveFocus();
    });
  });
});
