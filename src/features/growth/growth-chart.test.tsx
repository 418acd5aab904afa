// @vitest-environment jsdom
import '../../components/uplot-match-media.fixture';
import { render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fitGrowth, type GrowthPoint } from '../../domain/growth/fit-growth';
import type { GrowthReport, SeriesReport } from '../../runner/measure-report';
import { recordCanvasText } from '../../components/uplot-canvas.fixture';
import { GrowthChart } from './growth-chart';

const series = (points: GrowthPoint[]): SeriesReport => {
  const fit = fitGrowth(points);
  return { ok: true, best: fit.best, confidence: fit.confidence, points, fit, stop: 'budget' };
};
/** Sizes 10 … 1,000,000; times from 0.0002 ms (fast small inputs) to 20 ms. */
const sizes = [10, 100, 1000, 10_000, 100_000, 1_000_000];
const report: GrowthReport = {
  ...series(sizes.map((n) => ({ n, ms: n / 50_000 }))),
  reference: series(sizes.map((n) => ({ n, ms: n / 100_000 }))),
  budgetMs: 3000,
  totalMs: 2000,
};

let canvas: ReturnType<typeof recordCanvasText> | undefined;
afterEach(() => canvas?.restore());

describe('GrowthChart', () => {
  it('labels its log axes so that they fit: no "0" twice, "1M" for a million, no "--" legend', async () => {
    canvas = recordCanvasText();
    const { getByTestId } = render(<GrowthChart report={report} />);
    const host = getByTestId('growth-chart');
    await vi.waitFor(() => expect(host).toHaveAttribute('data-chart-drawn'));
    const labels = canvas.texts.filter((t) => t !== '');
    expect(labels).toEqual(
      expect.arrayContaining(['10', '100', '1,000', '10K', '100K', '1M', '0.0001', '0.01', '1']),
    );
    expect(labels).not.toContain('1,000,000');
    expect(labels.filter((t) => t === '0')).toEqual([]);
    expect(host.textContent).not.toContain('--');
    expect(host.querySelector('.u-legend')?.textContent).toContain('your code');
  });
});
