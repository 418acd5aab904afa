// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { ProblemSummary } from '../../domain/problem/problem.schema';
import { DAY, makeRound, MON_2024_01_01 } from '../../domain/history/round.fixture';
import { roundRecords } from '../../store/round-records';
import { assessmentRecords } from '../../store/assessment-records';
import { play, revealed, T0 as A0 } from '../../domain/assessment/assessment.fixture';
import type { WeekStats } from '../../domain/history/progress-stats';
import type { BarPlotProps } from '../../components/bar-plot';
import { ProgressFallback, progressLoader, ProgressPage } from './progress-page';

vi.mock('../../content/problem-bank', () => {
  const summaries: ProblemSummary[] = [
    {
      slug: 'two-sum',
      title: 'Two Sum',
      difficulty: 'easy',
      tags: ['arrays-hashing'],
      timeLimitMinutes: 20,
    },
    {
      slug: 'valid-parens',
      title: 'Valid Parentheses',
      difficulty: 'easy',
      tags: ['stack'],
      timeLimitMinutes: 20,
    },
  ];
  return {
    problemSummaries: summaries,
    getSummary: (slug: string) => summaries.find((s) => s.slug === slug),
  };
});

// The canvas plots need a real browser (bar-plot.test.tsx and uplot-chart.test.tsx stub one; the
// bench and e2e draw them); here each lists what it was given.
vi.mock('../../components/bar-plot', () => ({
  BarPlot: ({ name, values, axis, reference }: BarPlotProps) => (
    <div data-testid="plot">
      {`${name}: ${values.join(' ')} on ${axis.kind === 'weeks' ? axis.starts.length : axis.labels.join(',')}${reference ? ` with ${reference.name} ${reference.value}` : ''}`}
    </div>
  ),
}));
vi.mock('../../components/calibration-trend-chart', () => ({
  CalibrationTrendChart: ({ weeks }: { weeks: WeekStats[] }) => (
    <div data-testid="plot">{`calibration: ${weeks.map((w) => w.time.rate).join(' ')}`}</div>
  ),
}));

beforeAll(async () => {
  await roundRecords().save(
    makeRound({ id: 'a', slug: 'two-sum', at: MON_2024_01_01, usedMin: 20 }),
  );
  await roundRecords().save(
    makeRound({
      id: 'b',
      slug: 'two-sum',
      at: MON_2024_01_01 + 8 * DAY,
      passed: 1,
      failed: 2,
      // Failing code: the measurement does not decide, the candidate's own scores do.
      estimateScore: { time: 'wrong', space: 'right' },
    }),
  );
});

function renderPage() {
  render(
    <RouterProvider
      router={createMemoryRouter([
        {
          path: '/',
          Component: ProgressPage,
          HydrateFallback: ProgressFallback,
          loader: progressLoader,
        },
      ])}
    />,
  );
}

describe('ProgressPage', () => {
  it('draws the five charts, each with a table of the same numbers for screen readers', async () => {
    renderPage();
    const weekly = await screen.findByRole('table', { name: 'Attempts per week' });
    expect(
      within(weekly)
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.textContent),
    ).toEqual(['2024-W011', '2024-W021']);
    expect(screen.getByText(/^2 attempts over 2 weeks; the busiest week/)).toBeInTheDocument();
    const pass = screen.getByRole('table', { name: 'Pass rate per week' });
    expect(
      within(pass)
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.textContent),
    ).toEqual(['2024-W01100 %', '2024-W020 %']);
    expect(screen.getByText(/Of the latest 2 rounds, 1 used the whole time/)).toBeInTheDocument();
    const calibration = screen.getByRole('table', { name: 'Big-O calibration per week' });
    expect(within(calibration).getAllByRole('row')[2]).toHaveTextContent('2024-W020 %100 %');
    expect(screen.getByRole('table', { name: 'Strength per pattern' })).toHaveTextContent(
      'arrays-hashing50 %',
    );
    expect(screen.getAllByRole('figure')).toHaveLength(5);
  });

  it('hands each chart the numbers of its table', async () => {
    renderPage();
    await vi.waitFor(() => expect(screen.getAllByTestId('plot')).toHaveLength(5), {
      timeout: 5_000,
    });
    expect(screen.getAllByTestId('plot').map((p) => p.textContent)).toEqual([
      'Attempts: 1 1 on 2',
      'Pass rate: 1 0 on 2',
      expect.stringMatching(/^Share of the limit used: 1 0\.5 on .+,.+ with limit 1$/),
      'calibration: 1 0',
      'Pass rate: 0.5 on arrays-hashing',
    ]);
  });

  it('suggests what to practise next, with a link to the problem', async () => {
    renderPage();
    const section = await screen.findByRole('region', { name: 'What next' });
    // Two Sum was only partly passed in 2024, so its revisit is long due and comes first.
    expect(section).toHaveTextContent(/Revisit "Two Sum": you did not pass it/);
    expect(within(section).getByRole('link', { name: 'Start Two Sum' })).toHaveAttribute(
      'href',
      '/problems/two-sum',
    );
  });

  // Last: it adds an assessment to the records the tests above share.
  it('counts every problem of a saved assessment as a timed attempt, except in the time chart', async () => {
    const passing = {
      status: 'done',
      visible: { passed: 1, total: 1 },
      hidden: { passed: 1, total: 1 },
    };
    const measured = { best: 'n', confidence: 0.9, points: [], atMs: 0 };
    await assessmentRecords().save(
      play(revealed(), [
        [{ type: 'record-result', index: 0, result: passing }, A0],
        [{ type: 'record-result', index: 1, result: passing }, A0],
        [{ type: 'set-measured', index: 0, measured }, A0],
        [{ type: 'to-scorecard' }, A0],
        [{ type: 'save' }, A0],
      ]),
    );
    renderPage();
    expect(
      await screen.findByText(/^Counted with your rounds: 2 problems from 1 saved assessment, /),
    ).toBeInTheDocument();
    const weekly = screen.getByRole('table', { name: 'Attempts per week' });
    expect(within(weekly).getAllByRole('row')[1]).toHaveTextContent('2023-W462');
    // The title says attempts, and the summary what they are made of.
    expect(
      screen.getByText(/^4 attempts \(2 rounds, 2 assessment problems\) over \d+ weeks/),
    ).toBeInTheDocument();
    const calibration = screen.getByRole('table', { name: 'Big-O calibration per week' });
    // Two-sum measured O(n) as estimated; group-anagrams was not measured nor scored.
    expect(within(calibration).getAllByRole('row')[1]).toHaveTextContent('2023-W46100 %');
    expect(screen.getByText(/Of the latest 2 rounds, 1 used the whole time/)).toBeInTheDocument();
  });
});
