// @vitest-environment jsdom
import './uplot-match-media.fixture';
import type uPlot from 'uplot';
import { describe, expect, it } from 'vitest';
import { barPlotSetup } from './bar-plot';

const pct = (v: number) => `${Math.round(v * 100)} %`;
const u = {} as uPlot;

describe('barPlotSetup', () => {
  it('puts weekly bars on a time axis, half a week of margin either side', () => {
    const { options, data } = barPlotSetup({
      axis: { kind: 'weeks', starts: [0, 7 * 86_400_000] },
      name: 'Rounds',
      values: [3, null],
      format: String,
      integer: true,
    });
    expect(data).toEqual([
      [0, 604_800],
      [3, null],
    ]);
    const x = options.scales?.x;
    expect(x?.time).toBe(true);
    expect(typeof x?.range === 'function' && x.range(u, 0, 604_800, 'x')).toEqual([
      -302_400, 907_200,
    ]);
    const y = options.scales?.y?.range;
    expect(typeof y === 'function' && y(u, 0, 0, 'y')).toEqual([0, 1]);
    expect(options.series[1]).toMatchObject({ label: 'Rounds', points: { show: false } });
  });

  it('with a single week spans that week, not the years uPlot would give one point', () => {
    const monday = Date.UTC(2026, 11, 7);
    const { options, data } = barPlotSetup({
      axis: { kind: 'weeks', starts: [monday] },
      name: 'Rounds',
      values: [2],
      format: String,
      integer: true,
    });
    const range = options.scales?.x?.range;
    const s = monday / 1000;
    const plot = { data } as unknown as uPlot;
    expect(typeof range === 'function' && range(plot, s, s + 86_400_000, 'x')).toEqual([
      s - 302_400,
      s + 302_400,
    ]);
  });

  it('labels a category axis with at most ten ticks and draws the reference as a dashed series', () => {
    const labels = Array.from({ length: 30 }, (_, i) => `d${i}`);
    const { options, data } = barPlotSetup({
      axis: { kind: 'categories', labels },
      name: 'Share',
      values: labels.map(() => 0.5),
      format: pct,
      max: 1,
      reference: { value: 1, name: 'limit' },
    });
    const axis = options.axes?.[0];
    const splits = typeof axis?.splits === 'function' ? axis.splits(u, 0, 0, 29, 1, 1) : [];
    expect(splits).toEqual([0, 3, 6, 9, 12, 15, 18, 21, 24, 27]);
    expect(typeof axis?.values === 'function' && axis.values(u, [0, 3], 0, 1, 1)).toEqual([
      'd0',
      'd3',
    ]);
    expect(options.scales?.x?.range).toEqual([-0.5, 29.5]);
    expect(data[2]).toEqual(labels.map(() => 1));
    expect(options.series[2]).toMatchObject({ label: 'limit', dash: [6, 4] });
    const y = options.scales?.y?.range;
    expect(typeof y === 'function' && y(u, 0, 0.5, 'y')).toEqual([0, 1]);
    const ticks = options.axes?.[1]?.values;
    expect(typeof ticks === 'function' && ticks(u, [0, 0.5], 1, 1, 1)).toEqual(['0 %', '50 %']);
  });
});
