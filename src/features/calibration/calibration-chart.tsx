import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { WeekStats } from '../../domain/history/progress-stats';

const pct = (rate: number | null) => (rate === null ? null : Math.round(rate * 100));

/** Weekly share of right time and space estimates (uPlot); weeks without estimates leave a gap. */
export function CalibrationChart({ weeks }: { weeks: readonly WeekStats[] }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const data: uPlot.AlignedData = [
      weeks.map((w) => w.start / 1000),
      weeks.map((w) => pct(w.time.rate)),
      weeks.map((w) => pct(w.space.rate)),
    ];
    const plot = new uPlot(
      {
        width: Math.max(280, el.clientWidth || 560),
        height: 240,
        scales: { y: { range: [0, 100] } },
        axes: [{}, { label: '% right', values: (_u, ticks) => ticks.map((t) => `${t} %`) }],
        series: [
          {},
          { label: 'time estimates', stroke: '#2563eb', width: 2, points: { show: true } },
          { label: 'space estimates', stroke: '#c2410c', width: 2, dash: [6, 4], points: { show: true } },
        ],
      },
      data,
      el,
    );
    return () => plot.destroy();
  }, [weeks]);
  // The table below the chart carries the same numbers for screen readers.
  return <div ref={host} aria-hidden="true" data-testid="calibration-chart" />;
}
