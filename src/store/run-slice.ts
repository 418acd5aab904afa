import type { RunReport } from '../runner/run-report';
import type { SliceCreator } from './app-state';

/** The latest run report per problem and which problem is running (not persisted). */
export interface RunSlice {
  reports: Record<string, RunReport | undefined>;
  runningSlug: string | null;
  setRunning(slug: string | null): void;
  setReport(slug: string, report: RunReport): void;
}

export const createRunSlice: SliceCreator<RunSlice> = (set) => ({
  reports: {},
  runningSlug: null,
  setRunning: (slug) => set({ runningSlug: slug }),
  setReport: (slug, report) => set((state) => ({ reports: { ...state.reports, [slug]: report } })),
});
