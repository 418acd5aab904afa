// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { DAY, makeRound, MON_2024_01_01 } from '../../domain/history/round.fixture';
import { roundRecords } from '../../store/round-records';
import { PAGE_SIZE } from './history-page';
import { historyRoute } from './history-route.fixture';

vi.mock('../../content/problem-bank', async () =>
  (await import('./history-test.fixture')).problemBankMock(),
);

const TOTAL = PAGE_SIZE + 7;

beforeAll(async () => {
  for (let i = 0; i < TOTAL; i += 1) {
    await roundRecords().save(
      makeRound({ id: `p${i}`, at: MON_2024_01_01 + i * DAY, mode: i % 2 ? 'timed' : 'practice' }),
    );
  }
});

const rows = async () =>
  within(await screen.findByRole('list', { name: 'Saved rounds' })).getAllByRole('listitem');

describe('History paging', () => {
  it('shows one page of the newest rounds and the rest on request', async () => {
    render(
      <RouterProvider
        router={createMemoryRouter([historyRoute], {
          initialEntries: ['/history'],
        })}
      />,
    );
    expect(await rows()).toHaveLength(PAGE_SIZE);
    expect(screen.getByText(`${TOTAL} rounds`)).toBeInTheDocument();
    expect(within((await rows())[0] as HTMLElement).getByRole('link')).toHaveAttribute(
      'href',
      `/history/p${TOTAL - 1}`,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Show 7 more (7 not shown)' }));
    expect(await rows()).toHaveLength(TOTAL);
    expect(screen.queryByRole('button', { name: /Show \d+ more/ })).toBeNull();
    // The keyboard carries on at the first new row, not at the top of the page.
    expect(within((await rows())[PAGE_SIZE] as HTMLElement).getByRole('link')).toHaveFocus();
  });

  it('a filter that matches fewer rounds than a page needs no "Show more"', async () => {
    render(
      <RouterProvider
        router={createMemoryRouter([historyRoute], {
          initialEntries: ['/history?mode=timed&from=2024-01-01&to=2024-01-20'],
        })}
      />,
    );
    expect(await rows()).toHaveLength(10);
    expect(screen.queryByRole('button', { name: /Show \d+ more/ })).toBeNull();
  });
});
