/** The validated problem bank, built from /problems by scripts/lib/vite-plugin-problems.ts. */
declare module 'virtual:problems' {
  type ProblemPage = import('../domain/problem/problem-parts').ProblemPage;
  type ProblemSummary = import('../domain/problem/problem.schema').ProblemSummary;
  /** Every problem's list entry, sorted by difficulty then title. */
  export const summaries: ProblemSummary[];
  /** Loads one problem's page: statement, starter, visible tests (its own chunk). */
  export const loaders: Record<string, () => Promise<{ default: ProblemPage }>>;
}

/** The rest loaders, apart (imported when a full problem is first needed). */
declare module 'virtual:problem-rest-loaders' {
  type ProblemRest = import('../domain/problem/problem-parts').ProblemRest;
  /** Loads the rest of one problem: hidden tests, reference, generator (another chunk). */
  export const restLoaders: Record<string, () => Promise<{ default: ProblemRest }>>;
}
