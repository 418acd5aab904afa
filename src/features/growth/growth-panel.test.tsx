// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { problemFixtureFiles } from '../../content/problem.fixture';
import { fitGrowth, type GrowthPoint } from '../../domain/growth/fit-growth';
import type { MeasureProgress } from '../../runner/measure-session';
import type { ClientMeasureOptions } from '../../runner/client/runner-client';
import { parseProblem } from '../../domain/problem/parse-problem';
import type { GrowthReport, SeriesReport } from '../../runner/measure-report';
import { GrowthPanel } from './growth-panel';

const client = vi.hoisted(() => ({ measure: vi.fn() }));
vi.mock('../../runner/client/runner-client', () => ({ getRunnerClient: () => client }));
// The canvas chart needs a real browser (the e2e test draws it); here it lists what it was given.
vi.mock('./growth-chart', () => ({
  GrowthChart: ({ report }: { report: GrowthReport }) => (
    <div data-testid="growth-chart">{`${report.points.length} + ${report.reference?.points.length ?? 0} points`}</div>
  ),
}));

const problem = parseProblem(
  'problems/add-two',
  problemFixtureFiles({ slug: 'add-two', title: 'Add Two' }),
);
const linear: GrowthPoint[] = [100, 200, 400, 800, 1600].map((n) => ({ n, ms: n / 1000 }));
const quadratic: GrowthPoint[] = [100, 200, 400, 800, 1600].map((n) => ({ n, ms: (n * n) / 1e5 }));
const series = (points: GrowthPoint[]): SeriesReport => {
  const fit = fitGrowth(points);
  return { ok: true, best: fit.best, confidence: fit.confidence, points, fit, stop: 'budget' };
};
const success: GrowthReport = {
  ...series(quadratic),
  reference: series(linear),
  budgetMs: 3000,
  totalMs: 2000,
};

/** A measure() that waits for the test to resolve it, and hands back its options. */
function pendingMeasure() {
  let resolve: (report: GrowthReport) => void = () => undefined;
  let options: ClientMeasureOptions | undefined;
  client.measure.mockImplementation((_problem: unknown, opts: ClientMeasureOptions) => {
    options = opts;
    return new Promise<GrowthReport>((r) => (resolve = r));
  });
  return {
    resolve: (r: GrowthReport) => resolve(r),
    options: () => options as ClientMeasureOptions,
  };
}

afterEach(() => vi.clearAllMocks());

describe('GrowthPanel', () => {
  it('shows progress while measuring, then the classes, a chart and an n/ms table', async () => {
    const user = userEvent.setup();
    const onMeasured = vi.fn();
    const pending = pendingMeasure();
    render(
      <GrowthPanel
        problem={problem}
        code="function addTwo() {}"
        language="js"
        onMeasured={onMeasured}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Measure growth' }));
    expect(client.measure).toHaveBeenCalledWith(
      problem,
      expect.objectContaining({
        code: 'function addTwo() {}',
        language: 'js',
        withReference: true,
      }),
    );
    const bar = screen.getByRole('progressbar', { name: 'Measuring growth' });
    expect(bar).toHaveAttribute('aria-valuenow', '0');
    const progress: MeasureProgress = {
      series: 'user',
      n: 100,
      ms: 0.1,
      points: [],
      fraction: 0.4,
    };
    await vi.waitFor(() => pending.options().onProgress?.(progress), { timeout: 5_000 });
    expect(await screen.findByRole('progressbar')).toHaveAttribute('aria-valuenow', '40');
    pending.resolve(success);
    expect(await screen.findByText(/likely O\(n\^2\)/)).toBeInTheDocument();
    expect(screen.getByText(/Reference:/).parentElement).toHaveTextContent(/likely O\(n\),/);
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(await screen.findByTestId('growth-chart')).toHaveTextContent('5 + 5 points');
    const table = screen.getByRole('table', { name: 'Measured time per call by input size' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(6);
    expect(rows[5]).toHaveTextContent('1600');
    expect(rows[5]).toHaveTextContent('25.6 ms');
    expect(rows[5]).toHaveTextContent('1.6 ms');
    expect(onMeasured).toHaveBeenCalledWith(
      expect.objectContaining({ best: 'n^2', referenceBest: 'n', points: quadratic }),
    );
  });

  it('cancels through the abort signal and does not report a cancelled measurement', async () => {
    const user = userEvent.setup();
    const onMeasured = vi.fn();
    const onRunningChange = vi.fn();
    const pending = pendingMeasure();
    render(
      <GrowthPanel
        problem={problem}
        code="x"
        language="js"
        onMeasured={onMeasured}
        onRunningChange={onRunningChange}
      />,
    );
    expect(onRunningChange).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Measure growth' }));
    expect(screen.getByRole('button', { name: 'Measure growth' })).toBeDisabled();
    expect(onRunningChange.mock.calls).toEqual([[true]]);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(pending.options().signal?.aborted).toBe(true);
    pending.resolve({
      ok: false,
      failure: 'stopped',
      reason: 'stopped by you',
      points: [],
      budgetMs: 3000,
      totalMs: 10,
    });
    expect(await screen.findByText('Measurement cancelled.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel' })).not.toBeInTheDocument();
    expect(onMeasured).not.toHaveBeenCalled();
    // It has ended, with nothing measured.
    expect(onRunningChange.mock.calls).toEqual([[true], [false]]);
  });

  it('says "could not measure" instead of giving a class when the code fails', async () => {
    const user = userEvent.setup();
    client.measure.mockResolvedValue({
      ok: false,
      failure: 'runtime-error',
      reason: 'could not measure: the solution threw at n = 800: RangeError: too big',
      points: [{ n: 100, ms: 0.1 }],
      reference: series(linear),
      budgetMs: 3000,
      totalMs: 900,
    } satisfies GrowthReport);
    render(<GrowthPanel problem={problem} code="x" language="js" />);
    await user.click(screen.getByRole('button', { name: 'Measure growth' }));
    expect(
      await screen.findByText(/could not measure: the solution threw at n = 800/),
    ).toBeInTheDocument();
    expect(screen.getByText(/Your code:/).parentElement).not.toHaveTextContent(/likely/);
  });

  it('starts by itself, and measures again (longer, without the reference) while the class is not conclusive', async () => {
    const onMeasured = vi.fn();
    // Noisy first measurement: quadratic with every other size slowed down → low confidence.
    const noisy = quadratic.map((p, i) => ({ n: p.n, ms: p.ms * (i % 2 ? 3 : 1) }));
    const first: GrowthReport = {
      ...series(noisy),
      reference: series(linear),
      budgetMs: 3000,
      totalMs: 3000,
    };
    expect(first.ok && first.confidence).toBeLessThan(0.2);
    const second: GrowthReport = { ...series(quadratic), budgetMs: 6000, totalMs: 6000 };
    client.measure.mockResolvedValueOnce(first).mockResolvedValueOnce(second);
    render(
      <GrowthPanel
        problem={problem}
        code="x"
        language="js"
        autoStart
        attempts={3}
        onMeasured={onMeasured}
      />,
    );
    await vi.waitFor(() => expect(onMeasured).toHaveBeenCalledTimes(1), { timeout: 5_000 });
    expect(client.measure).toHaveBeenCalledTimes(2);
    const [, retry] = client.measure.mock.calls[1] as [unknown, ClientMeasureOptions];
    expect(retry).toMatchObject({ withReference: false, budgetMs: 6000 });
    const saved = onMeasured.mock.calls[0]?.[0] as {
      best: string;
      confidence: number;
      referenceBest: string;
    };
    expect(saved.best).toBe('n^2');
    expect(saved.confidence).toBeGreaterThanOrEqual(0.2);
    expect(saved.referenceBest).toBe('n');
  });
});
