import { useMemo, useState } from 'react';
import { useLocation, useNavigationType, useSearchParams } from 'react-router';
import { allTags, problemSummaries as problems } from '../../content/problem-bank';
import { filterProblems, filtersFromParams, paramsFromFilters } from './filter-problems';
import type { ProblemFilters } from './filter-problems';
import { ProblemFilterBar } from './problem-filters';
import { ProblemList } from './problem-list';
import { useProblemStatuses } from './use-problem-statuses';

/** `/`: the problem bank with filters kept in the URL (?difficulty=&tag=&q=). */
export function ProblemListPage() {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const navigationType = useNavigationType();
  const filters = filtersFromParams(params);
  const statuses = useProblemStatuses();

  // The search box keeps its own text so keystrokes are never reverted while the URL catches up;
  // on back/forward (POP) it takes the URL's value again.
  const [searchText, setSearchText] = useState(filters.q);
  const [syncedKey, setSyncedKey] = useState(location.key);
  if (location.key !== syncedKey) {
    setSyncedKey(location.key);
    if (navigationType === 'POP') setSearchText(filters.q);
  }

  const { difficulty, tag, q } = filters;
  const visible = useMemo(
    () => filterProblems(problems, { difficulty, tag, q }),
    [difficulty, tag, q],
  );

  const update = (next: Partial<ProblemFilters>, replace = false) =>
    setParams(paramsFromFilters({ ...filters, ...next }), { replace });

  const onSearchChange = (text: string) => {
    setSearchText(text);
    // One history entry per search, not per keystroke: keep replacing while the user types.
    update({ q: text.trim() }, filters.q !== '' && text.trim() !== '');
  };

  const clear = () => {
    setSearchText('');
    update({ difficulty: null, tag: null, q: '' });
  };

  return (
    <div className="page problem-bank">
      <title>Problems · MockRound</title>
      <h1>Problems</h1>
      <ProblemFilterBar
        filters={filters}
        searchText={searchText}
        tags={allTags}
        onChange={(next) => update(next)}
        onSearchChange={onSearchChange}
      />
      <p className="result-count" role="status">
        Showing {visible.length} of {problems.length} problems
      </p>
      {visible.length > 0 ? (
        <ProblemList problems={visible} statuses={statuses} />
      ) : (
        <div className="empty-state">
          <p>No problems match these filters.</p>
          <button type="button" className="button" onClick={clear}>
            Clear filters
          </button>
        </div>
      )}
    </div>
  );
}
