import { useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useFocusNewItems } from '../../components/use-focus-new-items';
import { problemSummaries } from '../../content/problem-bank';
import { filterHistory, summaryLookup } from '../../domain/history/history-filters';
import '../../styles/history.css';
import { DataTransfer } from './data-transfer';
import { HistoryFilterForm } from './history-filter-form';
import { readQuery, toFilter, writeQuery, type HistoryQuery } from './history-query';
import { HistoryRow } from './history-row';
import { SavedAssessmentList } from './saved-assessments';
import { useSavedAssessments } from './use-saved-assessments';
import { useSavedRounds } from './use-saved-rounds';

const SHOW = {
  all: 'Rounds and assessments',
  rounds: 'Rounds',
  assessments: 'Assessments',
} as const;
type Show = keyof typeof SHOW;
const readShow = (params: URLSearchParams): Show => {
  const value = params.get('show');
  return value === 'rounds' || value === 'assessments' ? value : 'all';
};
const titles = new Map(problemSummaries.map((p) => [p.slug, p.title]));
const titleOf = (slug: string) => titles.get(slug) ?? slug;

const lookup = summaryLookup(problemSummaries);
/** Rows rendered at first and per "Show more": keeps History fast with a thousand rounds. */
export const PAGE_SIZE = 50;

/** What /history shows while the app's first load reads the rounds. */
export function HistoryFallback() {
  return (
    <div className="page history-page">
      <h1>History</h1>
      <p role="status">Loading your rounds…</p>
    </div>
  );
}

/**
 * `/history`: every saved round, newest first, filtered by the URL query, and every saved
 * assessment (`?show=` rounds / assessments narrows it to one kind); export and import.
 */
export function HistoryPage() {
  const [params, setParams] = useSearchParams();
  const { saved, reload } = useSavedRounds();
  const assessments = useSavedAssessments();
  const show = readShow(params);
  const query = readQuery(params);
  const filterKey = params.toString();
  const shown = useMemo(
    () =>
      saved.status === 'ready'
        ? filterHistory(saved.rounds, toFilter(readQuery(new URLSearchParams(filterKey))), lookup)
        : [],
    [saved, filterKey],
  );
  const withShow = (next: URLSearchParams, kind: Show) => {
    if (kind !== 'all') next.set('show', kind);
    return next;
  };
  const onChange = (next: HistoryQuery) => setParams(withShow(writeQuery(next), show));
  // How many rows to show, per filter: new filters start again at one page.
  const [paging, setPaging] = useState({ key: filterKey, limit: PAGE_SIZE });
  const limit = paging.key === filterKey ? paging.limit : PAGE_SIZE;
  const left = shown.length - limit;
  const listRef = useRef<HTMLOListElement>(null);
  const focusNew = useFocusNewItems(listRef, Math.min(limit, shown.length));

  return (
    <div className="page history-page">
      <title>History · MockRound</title>
      <h1>History</h1>
      <div className="field">
        <label htmlFor="history-show">Show</label>
        <select
          id="history-show"
          value={show}
          onChange={(e) => setParams(withShow(writeQuery(query), e.target.value as Show))}
        >
          {Object.entries(SHOW).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      {show !== 'assessments' && <HistoryFilterForm query={query} onChange={onChange} />}
      {saved.status === 'failed' && (
        <p className="round-error" role="alert">
          Your saved rounds could not be read ({saved.message}).
        </p>
      )}
      {show !== 'rounds' && <SavedAssessmentList saved={assessments.saved} titleOf={titleOf} />}
      {saved.status === 'ready' && show !== 'assessments' && (
        <>
          <h2>Rounds</h2>
          {saved.problems.map((problem) => (
            <p key={problem} className="round-error" role="alert">
              {problem}
            </p>
          ))}
          <p className="muted" role="status">
            {shown.length === saved.rounds.length
              ? `${saved.rounds.length} ${saved.rounds.length === 1 ? 'round' : 'rounds'}`
              : `${shown.length} of ${saved.rounds.length} rounds match the filters`}
          </p>
          {saved.rounds.length === 0 ? (
            <p className="muted">
              No saved rounds yet. Open a <Link to="/">problem</Link> and press Start round.
            </p>
          ) : (
            <ol className="history-list" aria-label="Saved rounds" ref={listRef}>
              {shown.slice(0, limit).map((round) => (
                <HistoryRow key={round.id} round={round} />
              ))}
            </ol>
          )}
          {left > 0 && (
            <button
              type="button"
              onClick={() => {
                focusNew(Math.min(limit, shown.length));
                setPaging({ key: filterKey, limit: limit + PAGE_SIZE });
              }}
            >
              Show {Math.min(PAGE_SIZE, left)} more ({left} not shown)
            </button>
          )}
        </>
      )}
      {saved.status === 'ready' && (
        <DataTransfer
          onImported={() => {
            reload();
            assessments.reload();
          }}
        />
      )}
    </div>
  );
}
