import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { useResolvedTheme } from './use-resolved-theme';

/** uPlot's options less the width, which the chart takes from its host. */
export type ChartOptions = Omit<uPlot.Options, 'width'>;

interface UplotChartProps {
  /** Memoize it (with data): a new object draws a new chart. */
  options: ChartOptions;
  data: uPlot.AlignedData;
  className?: string;
  testId?: string;
  /** Width when the host has none yet (jsdom, a hidden tab); never narrower than 280 px. */
  fallbackWidth?: number;
}

const VAR = /^var\((--[\w-]+)(?:,\s*(.+))?\)$/;

/**
 * A canvas cannot paint `var(--accent)`: such colours are read from the host's computed style,
 * so that charts follow the theme (light or dark) like the rest of the page.
 */
function resolveColor<T>(host: Element, color: T): T | string {
  const match = typeof color === 'string' ? VAR.exec(color) : null;
  if (!match) return color;
  const value = getComputedStyle(host)
    .getPropertyValue(match[1] ?? '')
    .trim();
  if (!value) return match[2] ?? 'currentColor';
  if (!value.startsWith('light-dark(')) return value;
  // A theme token is light-dark(a, b), which only an element's color-scheme can pick: ask one.
  const probe = document.createElement('span');
  probe.style.color = value;
  host.append(probe);
  const resolved = getComputedStyle(probe).color;
  probe.remove();
  return resolved || value;
}

function themed(host: Element, options: ChartOptions): ChartOptions {
  const color = <T,>(value: T) => resolveColor(host, value) as T;
  const text = resolveColor(host, 'var(--text-muted, #59626e)');
  const grid = resolveColor(host, 'var(--border, rgba(127,127,127,0.25))');
  return {
    ...options,
    series: options.series.map((s) => ({
      ...s,
      stroke: color(s.stroke),
      fill: color(s.fill),
      // Only colours that are set: an explicit `stroke: undefined` would replace uPlot's default
      // (the series' stroke) and draw the points invisible.
      ...(s.points
        ? {
            points: {
              ...s.points,
              ...(s.points.stroke === undefined ? {} : { stroke: color(s.points.stroke) }),
              ...(s.points.fill === undefined ? {} : { fill: color(s.points.fill) }),
            },
          }
        : {}),
    })),
    axes: options.axes?.map((axis) => ({
      stroke: text,
      grid: { stroke: grid, width: 1 },
      ticks: { stroke: grid, width: 1 },
      ...axis,
    })),
  };
}

/**
 * One uPlot chart in a React tree: drawn on mount and whenever options or data change,
 * destroyed on unmount, as wide as its host. The host carries `data-chart-drawn` once uPlot
 * has drawn (the e2e tests and the bench wait for it). The canvas is hidden from assistive
 * technology: every caller shows the same numbers in a table.
 */
export function UplotChart({
  options,
  data,
  className,
  testId,
  fallbackWidth = 560,
}: UplotChartProps) {
  const host = useRef<HTMLDivElement>(null);
  // Drawn again when the theme changes: the canvas holds the colours it was painted with.
  const theme = useResolvedTheme();
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const markDrawn = () => el.setAttribute('data-chart-drawn', '');
    const plot = new uPlot(
      {
        ...themed(el, options),
        width: Math.max(280, el.clientWidth || fallbackWidth),
        hooks: { ...options.hooks, draw: [...(options.hooks?.draw ?? []), markDrawn] },
      },
      data,
      el,
    );
    return () => {
      plot.destroy();
      el.removeAttribute('data-chart-drawn');
    };
  }, [options, data, fallbackWidth, theme]);
  return <div ref={host} className={className} aria-hidden="true" data-testid={testId} />;
}
