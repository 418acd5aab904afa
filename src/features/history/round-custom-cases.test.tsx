// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { makeRound, MIN } from '../../domain/history/round.fixture';
import type { Round } from '../../domain/round/round.schema';
import { roundRecords } from '../../store/round-records';
import { RoundHistoryPage } from './round-history-page';

vi.mock('../../content/problem-bank', async () =>
  (await import('./history-test.fixture')).problemBankMock(),
);
vi.mock('./monaco-code-diff', () => ({ default: () => <div data-testid="monaco-diff" /> }));

const withCases: Round = {
  ...makeRound({ id: 'r-cases', slug: 'two-sum' }),
  customCases: [
    {
      id: 'a',
      args: [[3, 3], 6],
      expected: [0, 1],
      last: { status: 'fail', actual: '[1,0]', atMs: 4 * MIN },
    },
    { id: 'b', args: [[], 0], expected: [] },
  ],
};
/** A record saved before custom cases existed: no `customCases` key at all. */
const older: Round = makeRound({ id: 'r-older', slug: 'two-sum' });
delete older.customCases;

function renderAt(url: string) {
  const router = createMemoryRouter([{ path: '/history/:id', element: <RoundHistoryPage /> }], {
    initialEntries: [url],
  });
  render(<RouterProvider router={router} />);
}

beforeAll(async () => {
  await roundRecords().save(withCases);
  await roundRecords().save(older);
  await roundRecords().save({
    ...makeRound({ id: 'r-other', slug: 'valid-parens' }),
    customCases: withCases.customCases,
  });
});

describe('History: the candidate’s own test cases', () => {
  it('lists each case apart from the problem’s: input, the reference’s answer, the last result', async () => {
    renderAt('/history/r-cases');
    const heading = await screen.findByRole('heading', { level: 2, name: 'Your test cases' });
    expect(heading).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Your test cases' });
    const first = within(list).getByRole('listitem', { name: 'Custom 1' });
    expect(first).toHaveTextContent('Custom 1 nums = [3,3], target = 6');
    expect(first).toHaveTextContent('Expected (reference): [0,1]');
    expect(first).toHaveTextContent('Last run (04:00): Failed · got [1,0]');
    const second = within(list).getByRole('listitem', { name: 'Custom 2' });
    expect(second).toHaveTextContent('nums = [], target = 0');
    expect(second).toHaveTextContent('No Run result recorded.');
  });

  it('shows the arguments by position when the problem is no longer in the bank', async () => {
    renderAt('/history/r-other');
    const list = await screen.findByRole('list', { name: 'Your test cases' });
    expect(within(list).getByRole('listitem', { name: 'Custom 1' })).toHaveTextContent(
      'Custom 1 [3,3], 6',
    );
  });

  it('opens a record saved before custom cases existed, with no empty section', async () => {
    renderAt('/history/r-older');
    expect(await screen.findByRole('heading', { level: 2, name: 'Timeline' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Your test cases' })).not.toBeInTheDocument();
    expect(screen.queryByText(/Custom 1/)).not.toBeInTheDocument();
  });
});
