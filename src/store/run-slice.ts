import type { RunReport } from '../runner/run-report';
import type { SliceCreator } from './app-state';

/** The latest run report per problem and which problem is running (not persisted). */
export interface RunSlice {
  reports: Record<string, RunReport | undefined>;
  runningSlug: string | null;
  setRunning(slug: string | null): void;
  setReport(slug: string, report: RunReport): void;
  /** Stores the report and ends the running state in one change (one render, not two). */
  finishRun(slug: string, report: RunReport): void;
}

export const createRunSlice: SliceCreator<RunSlice> = (set) => ({
  reports: {},
  runningSlug: null,
  // Unchanged: no store change at all (subscribers and persistence are not woken).
  setRunning: (slug) =>
    set((state) => (state.runningSlug === slug ? state : { runningSlug: slug })),
  setReport: (slug, report) => set((state) => ({ reports: { ...state.reports, [slug]: report } })),
  finishRun: (slug, report) =>
    set((state) => ({ reports: { ...state.reports, [slug]: report }, runningSlug: null })),
});
