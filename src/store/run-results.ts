import { z } from '../domain/mini-zod';
import type { RunReport } from '../runner/run-report';
import { runReportSchema } from '../runner/run-report.schema';
import { idbKeyValueStore, type KeyValueStore } from './buffered-storage';

/** Bump it, and teach load the old shape, when a saved result changes. */
const RESULT_VERSION = 1;
const savedResultSchema = z.object({
  version: z.literal(RESULT_VERSION),
  report: runReportSchema,
  atMs: z.number(),
});

/** The problem page's last Run or Submit of a problem. */
export const problemScope = (slug: string) => `problem:${slug}`;
/** The last Run of a round's code phase. */
const ROUND_PREFIX = 'round:';
export const roundScope = (roundId: string) => `${ROUND_PREFIX}${roundId}`;

export type LoadedResult =
  { ok: true; report: RunReport | undefined } | { ok: false; reason: string };

export interface RunResults {
  /** Keeps the latest report of a scope, so that it survives a reload. */
  save(scope: string, report: RunReport, atMs?: number): Promise<void>;
  /** The saved report (undefined when there is none), or why it cannot be read. */
  load(scope: string): Promise<LoadedResult>;
  /**
   * Deletes the kept Run of every round but the active one (null: none is active), returning how
   * many went. A round's Run is kept only so that a reload mid-round shows it: once the round is
   * saved or abandoned its record holds the counts, so at most one round entry stays (the problem
   * page's entries are one per problem, bounded by the bank).
   */
  forgetRounds(activeRoundId: string | null): Promise<number>;
}

/** The last report per problem page and per round, one IndexedDB entry each. */
export function createRunResults(kv: KeyValueStore): RunResults {
  return {
    async save(scope, report, atMs = Date.now()) {
      await kv.set(scope, { version: RESULT_VERSION, report, atMs });
    },
    async load(scope) {
      const value = await kv.get(scope);
      if (value === undefined) return { ok: true, report: undefined };
      const parsed = savedResultSchema.safeParse(value);
      if (parsed.success) return { ok: true, report: parsed.data.report };
      const issue = parsed.error.issues[0];
      return {
        ok: false,
        reason: `Saved results "${scope}" could not be read (${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}); run the tests again.`,
      };
    },
    async forgetRounds(activeRoundId) {
      const keep = activeRoundId === null ? null : roundScope(activeRoundId);
      const stale = (await kv.keys(ROUND_PREFIX)).filter((key) => key !== keep);
      for (const key of stale) await kv.del(key);
      return stale.length;
    },
  };
}

let results: RunResults | null = null;

/** The app's saved run results in IndexedDB (database "mockround-run-results"). */
export function runResults(): RunResults {
  results ??= createRunResults(idbKeyValueStore('mockround-run-results'));
  return results;
}
