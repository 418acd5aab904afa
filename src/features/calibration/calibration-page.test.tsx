// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WeekStats } from '../../domain/history/progress-stats';
import { summarizeRound } from '../../domain/history/round-summary';
import { createRound, transition, type RoundEvent } from '../../domain/round/round-machine';
import type { Round } from '../../domain/round/round.schema';
import { CalibrationPage } from './calibration-page';

const records = vi.hoisted(() => ({ summaries: vi.fn() }));
vi.mock('../../store/round-records', () => ({ roundRecords: () => records }));
vi.mock('../../content/problem-bank', () => ({
  getReferenceComplexity: (slug: string) =>
    slug === 'sort-it'
      ? { time: 'O(n log n)', space: 'O(n)' }
      : slug === 'scan'
        ? { time: 'O(n)', space: 'O(1)' }
        : undefined,
}));
// The canvas chart needs a real browser; here it shows how many weeks it was given.
vi.mock('../../components/calibration-trend-chart', () => ({
  CalibrationTrendChart: ({ weeks }: { weeks: WeekStats[] }) => (
    <div data-testid="calibration-chart">{weeks.length} weeks</div>
  ),
}));

const DAY = 86_400_000;
const T0 = Date.UTC(2030, 0, 7, 9);

function revealed(
  id: string,
  slug: string,
  at: number,
  time: string,
  space: string,
  reference: { time: string; space: string },
): Round {
  const events: RoundEvent[] = [
    { type: 'begin-coding' },
    { type: 'finish' },
    { type: 'set-estimate', estimate: { time, space, reason: '' } },
    { type: 'reveal', result: { passed: 1, failed: 0, status: 'done' }, reference },
  ];
  const start = createRound(
    { id, problemSlug: slug, mode: 'practice', durationMs: 20 * 60_000, language: 'js', code: '' },
    at,
  );
  return events.reduce((r, e) => transition(r, e, at + 60_000), start);
}

function renderPage() {
  const router = createMemoryRouter([{ path: '/calibration', element: <CalibrationPage /> }], {
    initialEntries: ['/calibration'],
  });
  render(<RouterProvider router={router} />);
}

afterEach(() => vi.clearAllMocks());

describe('CalibrationPage', () => {
  it('shows a friendly empty state without rounds', async () => {
    records.summaries.mockResolvedValue({ summaries: [], problems: [] });
    renderPage();
    expect(await screen.findByText(/No estimates to look at yet/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Pick a problem' })).toHaveAttribute('href', '/');
  });

  it('shows accuracy, the most common confusion and a weekly trend with a text table', async () => {
    const sortRef = { time: 'O(n log n)', space: 'O(n)' };
    const scanRef = { time: 'O(n)', space: 'O(1)' };
    records.summaries.mockResolvedValue({
      summaries: [
        revealed('a', 'sort-it', T0, 'O(n)', 'O(n)', sortRef),
        revealed('b', 'sort-it', T0 + DAY, 'O(n)', 'O(1)', sortRef),
        revealed('c', 'scan', T0 + 8 * DAY, 'O(n)', 'O(1)', scanRef),
      ].map(summarizeRound),
      problems: [],
    });
    renderPage();
    const time = (await screen.findByText('Time estimates right')).parentElement;
    expect(time).toHaveTextContent('33 % (1 of 3)');
    expect(screen.getByText('Space estimates right').parentElement).toHaveTextContent(
      '67 % (2 of 3)',
    );
    const confusions = within(
      screen.getByRole('region', { name: 'Most common confusions' }),
    ).getAllByRole('listitem');
    expect(confusions[0]).toHaveTextContent(/O\(n\).*O\(n log n\).*\(2×\)/);
    expect(await screen.findByTestId('calibration-chart')).toHaveTextContent('2 weeks');
    const rows = within(
      screen.getByRole('table', { name: 'Right estimates per week' }),
    ).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('0 of 2');
    expect(rows[2]).toHaveTextContent('1 of 1');
  });
});
