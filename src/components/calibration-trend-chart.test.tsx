// @vitest-environment jsdom
import './uplot-match-media.fixture';
import { render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WeekStats } from '../domain/history/progress-stats';
import { CalibrationTrendChart } from './calibration-trend-chart';
import { recordCanvasText } from './uplot-canvas.fixture';

const week = (start: number, key: string): WeekStats => ({
  week: key,
  start,
  rounds: 2,
  abandoned: 0,
  passed: 1,
  passRate: 0.5,
  time: { matched: 1, total: 2, rate: 0.5 },
  space: { matched: 2, total: 2, rate: 1 },
});

let canvas: ReturnType<typeof recordCanvasText> | undefined;
afterEach(() => canvas?.restore());

describe('CalibrationTrendChart', () => {
  it('with one week of data spans that week, not years, and its legend has no "--"', async () => {
    canvas = recordCanvasText();
    const { getByTestId } = render(
      <CalibrationTrendChart weeks={[week(Date.UTC(2026, 11, 7), '2026-W50')]} />,
    );
    const host = getByTestId('calibration-chart');
    await vi.waitFor(() => expect(host).toHaveAttribute('data-chart-drawn'));
    const labels = canvas.texts.filter((t) => t !== '');
    // Days around the week (12/4 … 12/10 in UTC), not months of the years up to 2029.
    const xLabels = labels.slice(0, labels.indexOf('% right'));
    expect(xLabels.filter((l) => /^12\/\d+$/.test(l)).length).toBeGreaterThanOrEqual(5);
    expect(xLabels.filter((l) => !/^12\/\d+$/.test(l))).toEqual(['2026']);
    expect(host.textContent).not.toContain('--');
  });
});
