// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BarPlotProps } from '../../components/bar-plot';
import type { WeekStats } from '../../domain/history/progress-stats';
import { summarizeRound } from '../../domain/history/round-summary';
import { createRound, transition, type RoundEvent } from '../../domain/round/round-machine';
import type { Round } from '../../domain/round/round.schema';
import { CalibrationPage } from './calibration-page';
import { play, revealed as revealed_, T0 as A0 } from '../../domain/assessment/assessment.fixture';

const records = vi.hoisted(() => ({ summaries: vi.fn() }));
vi.mock('../../store/round-records', () => ({ roundRecords: () => records }));
const assessments = vi.hoisted(() => ({
  list: vi.fn(() => Promise.resolve({ assessments: [] as unknown[], problems: [] })),
}));
vi.mock('../../store/assessment-records', () => ({ assessmentRecords: () => assessments }));
// The canvas chart needs a real browser; here it shows how many weeks it was given.
vi.mock('../../components/calibration-trend-chart', () => ({
  CalibrationTrendChart: ({ weeks }: { weeks: WeekStats[] }) => (
    <div data-testid="calibration-chart">{weeks.length} weeks</div>
  ),
}));
vi.mock('../../components/bar-plot', () => ({
  BarPlot: ({ axis, name, values, format }: BarPlotProps) => (
    <div data-testid="bar-plot">
      {name}:{' '}
      {axis.kind === 'categories' &&
        axis.labels.map((label, i) => `${label} = ${format(values[i] ?? 0)}`).join('; ')}
    </div>
  ),
}));

const DAY = 86_400_000;
const T0 = Date.UTC(2030, 0, 7, 9);

const SORT = {
  time: 'O(n log n)',
  space: 'O(n)',
  timeReason: 'sorting dominates',
  spaceReason: 'a sorted copy',
};
const SCAN = { time: 'O(n)', space: 'O(1)', timeReason: 'one pass', spaceReason: 'two counters' };

/** A revealed round whose code measured `best`, with the candidate's own score for space. */
function revealed(
  id: string,
  at: number,
  estimate: { time: string; space: string },
  reference: typeof SORT,
  best: string,
  space: 'right' | 'wrong',
): Round {
  const events: RoundEvent[] = [
    { type: 'begin-coding' },
    { type: 'finish' },
    { type: 'set-estimate', estimate: { ...estimate, reason: '' } },
    { type: 'reveal', result: { passed: 1, failed: 0, status: 'done' }, reference },
    { type: 'set-measured', measured: { best, confidence: 0.7, points: [], atMs: 0 } },
    { type: 'score-estimate', dimension: 'space', verdict: space },
  ];
  const start = createRound(
    { id, problemSlug: 'p', mode: 'practice', durationMs: 20 * 60_000, language: 'js', code: '' },
    at,
  );
  return events.reduce((r, e) => transition(r, e, at + 60_000), start);
}

/** A round revealed before verdicts were about the candidate's code. */
function older(at: number): Round {
  const round = revealed('old', at, { time: 'O(n)', space: 'O(1)' }, SCAN, 'n', 'right');
  return {
    ...round,
    growth: null,
    reveal: {
      passed: 1,
      failed: 0,
      status: 'done',
      olderVerdict: { time: 'match', space: 'match' },
    },
  };
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

  it('counts only "right about your code": a brute force estimated O(n²) is right; older rounds are left out', async () => {
    records.summaries.mockResolvedValue({
      summaries: [
        revealed('a', T0, { time: 'O(n)', space: 'O(n)' }, SORT, 'n log n', 'right'),
        revealed('b', T0 + DAY, { time: 'O(n)', space: 'O(1)' }, SORT, 'n log n', 'wrong'),
        revealed('c', T0 + 8 * DAY, { time: 'O(n^2)', space: 'O(1)' }, SCAN, 'n^2', 'right'),
        older(T0 + 2 * DAY),
      ].map(summarizeRound),
      problems: [],
    });
    renderPage();
    const time = (await screen.findByText('Time estimates right')).parentElement;
    expect(time).toHaveTextContent('33 % (1 of 3)');
    expect(screen.getByText('Space estimates right').parentElement).toHaveTextContent(
      '67 % (2 of 3)',
    );
    expect(
      screen.getByText(/1 older estimate was judged against the reference/),
    ).toBeInTheDocument();
    const confusions = within(
      screen.getByRole('region', { name: 'Most common confusions' }),
    ).getAllByRole('listitem');
    expect(confusions).toHaveLength(1);
    expect(confusions[0]).toHaveTextContent(
      'For time, you said O(n) when your code was O(n log n) (2×)',
    );

    // Trend: a line chart per week, its counts in a table, its reading in a sentence.
    const trend = screen.getByRole('figure', { name: 'Right estimates per week' });
    expect(await within(trend).findByTestId('calibration-chart')).toHaveTextContent('2 weeks');
    expect(trend).toHaveTextContent(
      'Time estimates right: 0 % (0 of 2) in 2030-W02, 100 % (1 of 1) in 2030-W03. Space: 50 % (1 of 2), then 100 % (1 of 1).',
    );
    const rows = within(within(trend).getByRole('table')).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual([
      'WeekTime rightTime estimatesSpace rightSpace estimates',
      '2030-W020212',
      '2030-W031111',
    ]);

    // By the measured class of the code: bars of the share right, counts in the table.
    const byClass = screen.getByRole('figure', {
      name: 'Right time estimates by your code’s measured class',
    });
    expect(await within(byClass).findByTestId('bar-plot')).toHaveTextContent(
      'Time estimates right: O(n log n) = 0 %; O(n²) = 100 %',
    );
    expect(byClass).toHaveTextContent(
      'Least often right when your code was O(n log n): 0 % (0 of 2).',
    );
    expect(
      within(within(byClass).getByRole('table'))
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual(['Your code measuredRightEstimates', 'O(n log n)02', 'O(n²)11']);

    // Confusions: what was said against what the code was.
    const confusionChart = screen.getByRole('figure', {
      name: 'What you said (→ what your code was)',
    });
    expect(await within(confusionChart).findByTestId('bar-plot')).toHaveTextContent(
      'Times: O(n) → O(n log n) = 2',
    );
    expect(confusionChart).toHaveTextContent('The most common mix-up: O(n) → O(n log n), 2 times.');
  });

  it('draws the trend from a single week, spanning that week', async () => {
    records.summaries.mockResolvedValue({
      summaries: [revealed('a', T0, { time: 'O(n)', space: 'O(n)' }, SORT, 'n', 'right')].map(
        summarizeRound,
      ),
      problems: [],
    });
    renderPage();
    const trend = await screen.findByRole('figure', { name: 'Right estimates per week' });
    expect(await within(trend).findByTestId('calibration-chart')).toHaveTextContent('1 weeks');
    expect(trend).toHaveTextContent(
      'All in 2030-W02: time 100 % (1 of 1), space 100 % (1 of 1). A trend shows from two weeks on.',
    );
    expect(screen.getByText('No wrong estimates so far.')).toBeInTheDocument();
    expect(
      screen.queryByRole('figure', { name: 'What you said (→ what your code was)' }),
    ).not.toBeInTheDocument();
  });

  it('counts every problem of a saved assessment like a round: right about its own code', async () => {
    records.summaries.mockResolvedValue({
      summaries: [revealed('a', T0, { time: 'O(n)', space: 'O(n)' }, SORT, 'n log n', 'right')].map(
        summarizeRound,
      ),
      problems: [],
    });
    const passing = {
      status: 'done',
      visible: { passed: 1, total: 1 },
      hidden: { passed: 2, total: 2 },
    };
    const measured = (best: string) => ({ best, confidence: 0.8, points: [], atMs: 0 });
    // Both estimated O(n): two-sum measured O(n) (right), group-anagrams O(n²) (wrong).
    const saved = play(revealed_(), [
      [{ type: 'record-result', index: 0, result: passing }, A0],
      [{ type: 'record-result', index: 1, result: passing }, A0],
      [{ type: 'set-measured', index: 0, measured: measured('n') }, A0],
      [{ type: 'set-measured', index: 1, measured: measured('n^2') }, A0],
      [{ type: 'to-scorecard' }, A0],
      [{ type: 'save' }, A0],
    ]);
    assessments.list.mockResolvedValueOnce({ assessments: [saved], problems: [] });
    renderPage();
    expect(
      await screen.findByText('Counted with your rounds: 2 problems from 1 saved assessment.'),
    ).toBeInTheDocument();
    // The round (wrong) and the two problems: 1 of 3.
    expect(screen.getByText('Time estimates right').parentElement).toHaveTextContent(
      '33 % (1 of 3)',
    );
    expect(screen.getByRole('region', { name: 'Most common confusions' })).toHaveTextContent(
      'For time, you said O(n) when your code was O(n²) (1×)',
    );
  });
});
