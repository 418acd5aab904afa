// @vitest-environment jsdom
import './uplot-match-media.fixture';
import { render } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { UplotChart, type ChartOptions } from './uplot-chart';
import { recordCanvasText } from './uplot-canvas.fixture';

// jsdom has no 2D canvas: a context that records text and otherwise does nothing is enough
// for uPlot to lay out and "draw".
let canvas: ReturnType<typeof recordCanvasText>;
beforeAll(() => {
  canvas = recordCanvasText();
});
afterAll(() => canvas.restore());

const options: ChartOptions = {
  height: 120,
  series: [{}, { label: 'rounds', stroke: 'var(--accent, #123456)' }],
  axes: [{}, {}],
};

describe('UplotChart', () => {
  it('draws into a host hidden from assistive technology and marks it drawn', async () => {
    const { getByTestId } = render(
      <UplotChart
        options={options}
        data={[
          [1, 2, 3],
          [4, 5, 6],
        ]}
        testId="c"
      />,
    );
    const host = getByTestId('c');
    expect(host).toHaveAttribute('aria-hidden', 'true');
    expect(host.querySelector('.uplot canvas')).not.toBeNull();
    await vi.waitFor(() => expect(host).toHaveAttribute('data-chart-drawn'), { timeout: 5_000 });
  });

  it('paints theme colours: a var() is read from the page, else its fallback is used', () => {
    document.documentElement.style.setProperty('--accent', 'rgb(9, 8, 7)');
    const themed: ChartOptions = {
      ...options,
      series: [
        {},
        { label: 'a', stroke: 'var(--accent, #123456)' },
        { label: 'b', stroke: 'var(--unset, #123456)' },
      ],
    };
    const { getByTestId } = render(
      <UplotChart options={themed} data={[[1], [2], [3]]} testId="c" />,
    );
    // uPlot's legend shows each series' stroke as its marker's border colour.
    const markers = [...getByTestId('c').querySelectorAll<HTMLElement>('.u-series .u-marker')];
    expect(markers.slice(1).map((m) => m.style.borderColor)).toEqual([
      'rgb(9, 8, 7)',
      'rgb(18, 52, 86)',
    ]);
    document.documentElement.style.removeProperty('--accent');
  });

  it('destroys the chart when unmounted', () => {
    const { getByTestId, unmount } = render(
      <UplotChart options={options} data={[[1], [2]]} testId="c" />,
    );
    const host = getByTestId('c');
    unmount();
    expect(host.querySelector('.uplot')).toBeNull();
  });
});
