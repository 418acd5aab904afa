import type { HistoryFilter } from '../../domain/history/history-filters';
import { OUTCOMES, type Outcome } from '../../domain/history/round-facts';
import type { RoundMode } from '../../domain/round/round.schema';

const DAY = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The filter fields as they sit in the URL (dates as yyyy-mm-dd, UTC days). */
export interface HistoryQuery {
  problem: string;
  pattern: string;
  mode: string;
  outcome: string;
  from: string;
  to: string;
}

export const QUERY_KEYS = ['problem', 'pattern', 'mode', 'outcome', 'from', 'to'] as const;

/** Reads the filter fields from the URL; unknown keys are ignored, missing ones are empty. */
export function readQuery(params: URLSearchParams): HistoryQuery {
  const get = (key: string) => params.get(key) ?? '';
  return {
    problem: get('problem'),
    pattern: get('pattern'),
    mode: get('mode'),
    outcome: get('outcome'),
    from: get('from'),
    to: get('to'),
  };
}

/** The URL params for a query: empty fields are left out, so the plain /history stays clean. */
export function writeQuery(query: HistoryQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of QUERY_KEYS) if (query[key]) params.set(key, query[key]);
  return params;
}

const isMode = (mode: string): mode is RoundMode => mode === 'practice' || mode === 'timed';
const isOutcome = (value: string): value is Outcome =>
  (OUTCOMES as readonly string[]).includes(value);
const dayStart = (value: string) => (DATE.test(value) ? Date.parse(`${value}T00:00:00Z`) : NaN);

/**
 * The domain filter for a URL query. A malformed value (a hand-edited URL) is dropped rather than
 * matching nothing. "to" is inclusive for the user, so it becomes the start of the next day.
 */
export function toFilter(query: HistoryQuery): HistoryFilter {
  const filter: HistoryFilter = {};
  if (query.problem) filter.slug = query.problem;
  if (query.pattern) filter.tag = query.pattern;
  if (isMode(query.mode)) filter.mode = query.mode;
  if (isOutcome(query.outcome)) filter.outcome = query.outcome;
  const from = dayStart(query.from);
  if (!Number.isNaN(from)) filter.from = from;
  const to = dayStart(query.to);
  if (!Number.isNaN(to)) filter.to = to + DAY;
  return filter;
}
