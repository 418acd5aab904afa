/** The validated problem bank, built from /problems by scripts/lib/vite-plugin-problems.ts. */
declare module 'virtual:problems' {
  type Problem = import('../domain/problem/problem.schema').Problem;
  type ProblemSummary = import('../domain/problem/problem.schema').ProblemSummary;
  /** Every problem's list entry, sorted by difficulty then title. */
  export const summaries: ProblemSummary[];
  /** Each problem's reference time and space complexity, by slug. */
  export const complexities: Record<string, { time: string; space: string }>;
  /** Loads one problem's full data (its own chunk). */
  export const loaders: Record<string, () => Promise<{ default: Problem }>>;
}
