// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { DAY, makeRound, MON_2024_01_01 } from '../../domain/history/round.fixture';
import { roundRecords } from '../../store/round-records';
import { historyRoute } from './history-route.fixture';

vi.mock('../../content/problem-bank', async () =>
  (await import('./history-test.fixture')).problemBankMock(),
);

function renderAt(url: string) {
  const router = createMemoryRouter(
    [historyRoute, { path: '/history/:id', element: <p>round page</p> }],
    { initialEntries: [url] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

const rowTexts = async () =>
  within(await screen.findByRole('list', { name: 'Saved rounds' }))
    .getAllByRole('listitem')
    .map((li) => li.textContent ?? '');

beforeAll(async () => {
  await roundRecords().save(
    makeRound({ id: 'a', slug: 'two-sum', at: MON_2024_01_01, mode: 'practice' }),
  );
  await roundRecords().save(
    makeRound({ id: 'b', slug: 'valid-parens', at: MON_2024_01_01 + DAY, passed: 0, failed: 3 }),
  );
  await roundRecords().save(
    makeRound({ id: 'c', slug: 'two-sum', at: MON_2024_01_01 + 9 * DAY, passed: 2, failed: 1 }),
  );
});

describe('HistoryPage', () => {
  it('lists every saved round newest first, each linking to its page', async () => {
    renderAt('/history');
    const rows = await rowTexts();
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/Two Sum.*Partly passed/);
    expect(rows[1]).toMatch(/Valid Parentheses.*Failed/);
    expect(rows[2]).toMatch(/Two Sum.*Practice.*Passed/);
    const links = screen.getAllByRole('link', { name: 'Two Sum' });
    expect(links[0]).toHaveAttribute('href', '/history/c');
  });

  it('filters from the URL query: problem, pattern, mode, outcome, dates', async () => {
    renderAt('/history?problem=two-sum&mode=timed');
    expect(await rowTexts()).toEqual([expect.stringMatching(/Partly passed/)]);
    expect(screen.getByText('1 of 3 rounds match the filters')).toBeInTheDocument();
  });

  it('filters by pattern and date range', async () => {
    renderAt('/history?pattern=stack');
    expect(await rowTexts()).toEqual([expect.stringMatching(/Valid Parentheses/)]);
  });

  it('an inclusive date range keeps rounds of the last day', async () => {
    renderAt('/history?from=2024-01-01&to=2024-01-02');
    expect(await rowTexts()).toHaveLength(2);
  });

  it('writes filter changes to the URL so that Back undoes them', async () => {
    const router = renderAt('/history');
    await rowTexts();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Outcome' }), 'failed');
    expect(router.state.location.search).toBe('?outcome=failed');
    expect(await rowTexts()).toEqual([expect.stringMatching(/Valid Parentheses/)]);
    await act(() => router.navigate(-1));
    expect(router.state.location.search).toBe('');
    await waitFor(async () => expect(await rowTexts()).toHaveLength(3));
    expect(screen.getByRole('combobox', { name: 'Outcome' })).toHaveValue('');
  });
});
