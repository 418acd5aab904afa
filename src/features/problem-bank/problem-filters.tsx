import type { Difficulty } from '../../domain/problem/problem.schema';
import type { ProblemFilters } from './filter-problems';

interface ProblemFiltersProps {
  filters: ProblemFilters;
  /** The search box's own text (kept locally so typing never lags behind the URL). */
  searchText: string;
  tags: readonly string[];
  onChange: (next: Partial<ProblemFilters>) => void;
  onSearchChange: (text: string) => void;
}

/** Difficulty and tag selects plus a search box; every change lands in the URL query. */
export function ProblemFilterBar({
  filters,
  searchText,
  tags,
  onChange,
  onSearchChange,
}: ProblemFiltersProps) {
  return (
    <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
      <label className="field">
        <span>Difficulty</span>
        <select
          value={filters.difficulty ?? ''}
          onChange={(e) => onChange({ difficulty: (e.target.value || null) as Difficulty | null })}
        >
          <option value="">All</option>
          <option value="easy">easy</option>
          <option value="medium">medium</option>
          <option value="hard">hard</option>
        </select>
      </label>
      <label className="field">
        <span>Tag</span>
        <select
          value={filters.tag ?? ''}
          onChange={(e) => onChange({ tag: e.target.value || null })}
        >
          <option value="">All</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </label>
      <label className="field field-grow">
        <span>Search problems</span>
        <input
          type="search"
          value={searchText}
          placeholder="Title or tag, e.g. sliding window"
          onChange={(e) => onSearchChange(e.target.value)}
        />
      </label>
    </form>
  );
}
