import { allTags, problemSummaries } from '../../content/problem-bank';
import { OUTCOMES } from '../../domain/history/round-facts';
import type { HistoryQuery } from './history-query';

interface Props {
  query: HistoryQuery;
  onChange: (query: HistoryQuery) => void;
}

/** The History filters; every change goes straight to the URL, so Back undoes it. */
export function HistoryFilterForm({ query, onChange }: Props) {
  const set = (key: keyof HistoryQuery) => (event: { target: { value: string } }) =>
    onChange({ ...query, [key]: event.target.value });
  const active = Object.values(query).some(Boolean);
  return (
    <form
      className="history-filters"
      aria-label="Filter rounds"
      onSubmit={(e) => e.preventDefault()}
    >
      <label>
        Problem
        <select value={query.problem} onChange={set('problem')}>
          <option value="">All problems</option>
          {problemSummaries.map((p) => (
            <option key={p.slug} value={p.slug}>
              {p.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        Pattern
        <select value={query.pattern} onChange={set('pattern')}>
          <option value="">All patterns</option>
          {allTags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </label>
      <label>
        Mode
        <select value={query.mode} onChange={set('mode')}>
          <option value="">Any mode</option>
          <option value="practice">Practice</option>
          <option value="timed">Timed</option>
        </select>
      </label>
      <label>
        Outcome
        <select value={query.outcome} onChange={set('outcome')}>
          <option value="">Any outcome</option>
          {OUTCOMES.map((outcome) => (
            <option key={outcome} value={outcome}>
              {outcome[0]?.toUpperCase() + outcome.slice(1)}
            </option>
          ))}
        </select>
      </label>
      <label>
        From
        <input type="date" value={query.from} onChange={set('from')} />
      </label>
      <label>
        To
        <input type="date" value={query.to} onChange={set('to')} />
      </label>
      {active && (
        <button
          type="button"
          onClick={() =>
            onChange({ problem: '', pattern: '', mode: '', outcome: '', from: '', to: '' })
          }
        >
          Clear filters
        </button>
      )}
    </form>
  );
}
