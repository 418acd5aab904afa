import { useId } from 'react';

export interface Series {
  name: string;
  /** One value per label; null draws no bar (e.g. no data that week). */
  values: (number | null)[];
}

interface Props {
  title: string;
  /** A one-sentence reading of the chart, shown under it and read by screen readers. */
  summary: string;
  labels: string[];
  /** Shorter labels for the axis (default: labels); the table keeps the full ones. */
  axisLabels?: string[];
  series: Series[];
  /** The top of the value axis (e.g. 1 for rates); defaults to the largest value. */
  max?: number;
  format: (value: number) => string;
  /** A dashed reference line at this value (e.g. the time limit at 100 %). */
  reference?: { value: number; label: string };
}

const W = 640;
const H = 200;
const PAD = { top: 10, right: 10, bottom: 40, left: 44 };

/**
 * A small SVG bar chart (grouped when there are several series). The picture is hidden from
 * assistive technology; a visually hidden table carries the same numbers.
 */
export function BarChart({
  title,
  summary,
  labels,
  axisLabels = labels,
  series,
  max,
  format,
  reference,
}: Props) {
  const id = useId();
  const values = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const top = Math.max(max ?? 0, ...values, reference?.value ?? 0, 1e-9);
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = plotW / Math.max(1, labels.length);
  const barW = Math.max(1, (slot * 0.8) / series.length);
  const y = (v: number) => PAD.top + plotH - (v / top) * plotH;
  // Label at most ~8 ticks so that long histories stay readable.
  const every = Math.max(1, Math.ceil(labels.length / 8));

  return (
    <figure className="chart" aria-labelledby={`${id}-t`}>
      <figcaption id={`${id}-t`}>
        <h3>{title}</h3>
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} className="chart-svg" aria-hidden="true" focusable="false">
        <line x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} className="chart-axis" />
        <text x={PAD.left - 6} y={y(top) + 4} textAnchor="end" className="chart-tick">
          {format(top)}
        </text>
        <text x={PAD.left - 6} y={y(0)} textAnchor="end" className="chart-tick">
          {format(0)}
        </text>
        {reference && (
          <line
            x1={PAD.left}
            x2={W - PAD.right}
            y1={y(reference.value)}
            y2={y(reference.value)}
            className="chart-reference"
          />
        )}
        {labels.map((label, i) => (
          <g key={`${label}-${i}`}>
            {series.map((s, j) => {
              const v = s.values[i];
              if (v === null || v === undefined) return null;
              return (
                <rect
                  key={s.name}
                  x={PAD.left + i * slot + slot * 0.1 + j * barW}
                  y={y(v)}
                  width={barW}
                  height={Math.max(0, y(0) - y(v))}
                  className={`chart-bar chart-series-${j}`}
                />
              );
            })}
            {i % every === 0 && (
              <text
                x={PAD.left + i * slot + slot / 2}
                y={H - PAD.bottom + 14}
                textAnchor="middle"
                className="chart-tick"
              >
                {axisLabels[i]}
              </text>
            )}
          </g>
        ))}
      </svg>
      {series.length > 1 && (
        <p className="chart-legend" aria-hidden="true">
          {series.map((s, j) => (
            <span key={s.name} className={`legend-item chart-series-${j}`}>
              {s.name}
            </span>
          ))}
        </p>
      )}
      <p className="chart-summary">{summary}</p>
      <table className="visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{reference ? 'Round' : 'Label'}</th>
            {series.map((s) => (
              <th key={s.name} scope="col">
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {labels.map((label, i) => (
            <tr key={`${label}-${i}`}>
              <th scope="row">{label}</th>
              {series.map((s) => {
                const v = s.values[i];
                return (
                  <td key={s.name}>{v === null || v === undefined ? 'no data' : format(v)}</td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
