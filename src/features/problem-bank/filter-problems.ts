import type { Difficulty, ProblemSummary } from '../../domain/problem/problem.schema';

export interface ProblemFilters {
  difficulty: Difficulty | null;
  tag: string | null;
  /** Free text matched against titles and tags. */
  q: string;
}

const DIFFICULTIES: readonly string[] = ['easy', 'medium', 'hard'];

/** Reads filters from the URL query, ignoring values that name no difficulty. */
export function filtersFromParams(params: URLSearchParams): ProblemFilters {
  const difficulty = params.get('difficulty');
  return {
    difficulty: difficulty && DIFFICULTIES.includes(difficulty) ? (difficulty as Difficulty) : null,
    tag: params.get('tag') || null,
    q: params.get('q') ?? '',
  };
}

/** The query string for `filters`, leaving out empty values so URLs stay short. */
export function paramsFromFilters(filters: ProblemFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.difficulty) params.set('difficulty', filters.difficulty);
  if (filters.tag) params.set('tag', filters.tag);
  if (filters.q) params.set('q', filters.q);
  return params;
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/[-_]+/g, ' ').trim();
}

/** Every word of the query must appear in the title or in a tag ("two pointers" finds two-pointers). */
export function filterProblems<P extends ProblemSummary>(
  problems: readonly P[],
  filters: ProblemFilters,
): P[] {
  const words = normalize(filters.q).split(/\s+/).filter(Boolean);
  return problems.filter((p) => {
    if (filters.difficulty && p.difficulty !== filters.difficulty) return false;
    if (filters.tag && !p.tags.includes(filters.tag)) return false;
    if (words.length === 0) return true;
    const haystack = normalize([p.title, ...p.tags].join(' '));
    return words.every((word) => haystack.includes(word));
  });
}
