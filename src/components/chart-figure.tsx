import { useId, type ReactNode } from 'react';

export interface TableSeries {
  name: string;
  /** One value per row label; null reads "no data". */
  values: readonly (number | null)[];
}

interface Props {
  title: string;
  /** A one-sentence reading of the chart, shown under it and read by screen readers. */
  summary: string;
  /** The header of the row labels' column ("Week", "Round", "Pattern"). */
  rowHeader: string;
  rows: readonly string[];
  series: readonly TableSeries[];
  format: (value: number) => string;
  /** The canvas chart, lazily loaded: the caption, summary and table do not wait for it. */
  children: ReactNode;
}

/**
 * One dashboard chart: a titled figure whose canvas is hidden from assistive technology,
 * followed by a one-sentence summary and a visually hidden table of the same numbers.
 */
export function ChartFigure({ title, summary, rowHeader, rows, series, format, children }: Props) {
  const id = useId();
  return (
    <figure className="chart" aria-labelledby={`${id}-t`}>
      <figcaption id={`${id}-t`}>
        <h3>{title}</h3>
      </figcaption>
      {children}
      <p className="chart-summary">{summary}</p>
      {/* Wrapped: a table is never narrower than its content, so it cannot be 1px wide. */}
      <div className="visually-hidden">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{rowHeader}</th>
              {series.map((s) => (
                <th key={s.name} scope="col">
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((label, i) => (
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
      </div>
    </figure>
  );
}
