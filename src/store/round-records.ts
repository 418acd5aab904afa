import { newestFirst } from '../domain/history/round-facts';
import {
  roundSummarySchema,
  summarizeRound,
  type RoundSummary,
} from '../domain/history/round-summary';
import { migrateRound } from '../domain/round/round-migrations';
import { roundSchema, type Round } from '../domain/round/round.schema';
import { idbKeyValueStore, type KeyValueStore } from './buffered-storage';

const PREFIX = 'round:';
/** Each record's summary sits beside it under its own key, written in the same transaction. */
const SUMMARY = 'summary:';

export interface RoundRecords {
  /** Saves a finished (or abandoned) round; resolves once it is on disk. */
  save(round: Round): Promise<void>;
  /** Saves many rounds in one transaction (an import): all of them are stored, or none. */
  saveMany(rounds: readonly Round[]): Promise<void>;
  /** Every readable record, newest first, and a message for each unreadable one (kept in place). */
  list(): Promise<{ rounds: Round[]; problems: string[] }>;
  /** One record, or undefined when there is none; throws with the reason when it cannot be read. */
  get(id: string): Promise<Round | undefined>;
  /** The summary of every readable record, newest first, and a message for each unreadable one. */
  summaries(): Promise<{ summaries: RoundSummary[]; problems: string[] }>;
  /**
   * The `count` newest records in full (by start, as History orders them), how many there are
   * in all, and a message for each unreadable one: a page of rounds without reading them all.
   */
  recent(count: number): Promise<{ rounds: Round[]; total: number; problems: string[] }>;
}

const unreadable = (key: string, reason: string) =>
  `Saved round "${key}" could not be read (${reason}); it was left untouched.`;

/**
 * Finished rounds, one IndexedDB entry each in a database of their own, so the
 * history can grow without slowing down the autosave of the active round.
 *
 * Records are validated in full (zod) when written and when read one by one or all together.
 * History and Progress read only the summaries, validated against their small schema: a
 * summary that is missing, invalid or of another version is rebuilt from its record (which
 * is migrated and validated) and written back, so records saved before summaries existed
 * cost one full read, once.
 */
export function createRoundRecords(kv: KeyValueStore): RoundRecords {
  const saveMany = async (rounds: readonly Round[]) => {
    const valid = rounds.map((round) => roundSchema.parse(round));
    await kv.setMany(
      valid.flatMap((round): [string, unknown][] => [
        [`${PREFIX}${round.id}`, round],
        [`${SUMMARY}${round.id}`, summarizeRound(round)],
      ]),
    );
  };

  /** Reads, migrates and validates the records under `keys` (all of them when undefined). */
  const readRecords = async (keys?: ReadonlySet<string>) => {
    const rounds: Round[] = [];
    const problems: string[] = [];
    // One transaction for all records: reading them one by one took ~285 ms for 1,000 rounds.
    for (const [key, value] of await kv.entries(PREFIX)) {
      if (keys && !keys.has(key)) continue;
      // Older record versions are upgraded on read; what cannot be read is reported, never deleted.
      const result = migrateRound(value);
      if (result.ok) rounds.push(result.round);
      else problems.push(unreadable(key, result.reason));
    }
    return { rounds, problems };
  };

  const api: RoundRecords = {
    save: (round) => saveMany([round]),
    saveMany,
    async list() {
      const { rounds, problems } = await readRecords();
      rounds.sort(
        (a, b) =>
          (b.savedAt ?? b.abandonedAt ?? b.startedAt) - (a.savedAt ?? a.abandonedAt ?? a.startedAt),
      );
      return { rounds, problems };
    },
    async get(id) {
      const value = await kv.get(`${PREFIX}${id}`);
      if (value === undefined) return undefined;
      const result = migrateRound(value);
      if (!result.ok) throw new Error(unreadable(`${PREFIX}${id}`, result.reason));
      return result.round;
    },
    async summaries() {
      const [keys, stored] = await Promise.all([kv.keys(PREFIX), kv.entries(SUMMARY)]);
      const byId = new Map<string, RoundSummary>();
      for (const [, value] of stored) {
        const parsed = roundSummarySchema.safeParse(value);
        if (parsed.success) byId.set(parsed.data.id, parsed.data);
      }
      const missing = new Set(keys.filter((key) => !byId.has(key.slice(PREFIX.length))));
      let problems: string[] = [];
      if (missing.size > 0) {
        const rebuilt = await readRecords(missing);
        problems = rebuilt.problems;
        const fresh = rebuilt.rounds.map(summarizeRound);
        for (const summary of fresh) byId.set(summary.id, summary);
        // A cache of what the records say: if writing it fails, the next read rebuilds it again.
        await kv
          .setMany(fresh.map((s): [string, unknown] => [`${SUMMARY}${s.id}`, s]))
          .catch(() => undefined);
      }
      return { summaries: [...byId.values()].sort(newestFirst), problems };
    },
    async recent(count) {
      const { summaries, problems } = await api.summaries();
      // One read per shown record, all in flight together (reading every record took seconds).
      const read = await Promise.allSettled(summaries.slice(0, count).map((s) => api.get(s.id)));
      const rounds: Round[] = [];
      for (const result of read) {
        if (result.status === 'rejected') {
          const reason: unknown = result.reason;
          problems.push(reason instanceof Error ? reason.message : String(reason));
        } else if (result.value) rounds.push(result.value);
      }
      return { rounds, total: summaries.length, problems };
    },
  };
  return api;
}

export type SavedRounds =
  | { status: 'ready'; rounds: RoundSummary[]; problems: string[] }
  | { status: 'failed'; message: string };

/**
 * The summaries as History's and Progress's route loaders want them: never throws (a page shows
 * the failure beside its other content rather than an error page).
 */
export async function readSavedRounds(
  records: RoundRecords = roundRecords(),
): Promise<SavedRounds> {
  try {
    const { summaries, problems } = await records.summaries();
    return { status: 'ready', rounds: summaries, problems };
  } catch (error) {
    return { status: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}

let records: RoundRecords | null = null;

/** The app's round records in IndexedDB (database "mockround-records"). */
export function roundRecords(): RoundRecords {
  records ??= createRoundRecords(idbKeyValueStore('mockround-records'));
  return records;
}
