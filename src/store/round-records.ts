import { migrateRound } from '../domain/round/round-migrations';
import { roundSchema, type Round } from '../domain/round/round.schema';
import { idbKeyValueStore, type KeyValueStore } from './buffered-storage';

const PREFIX = 'round:';

export interface RoundRecords {
  /** Saves a finished (or abandoned) round; resolves once it is on disk. */
  save(round: Round): Promise<void>;
  /** Every readable record, newest first, and a message for each unreadable one (kept in place). */
  list(): Promise<{ rounds: Round[]; problems: string[] }>;
}

/**
 * Finished rounds, one IndexedDB entry each in a database of their own, so the
 * history can grow without slowing down the autosave of the active round.
 */
export function createRoundRecords(kv: KeyValueStore): RoundRecords {
  return {
    async save(round) {
      await kv.set(`${PREFIX}${round.id}`, roundSchema.parse(round));
    },
    async list() {
      const rounds: Round[] = [];
      const problems: string[] = [];
      // One transaction for all records: reading them one by one took ~285 ms for 1,000 rounds.
      for (const [key, value] of (await kv.entries()).filter(([k]) => k.startsWith(PREFIX))) {
        // Older record versions are upgraded on read; what cannot be read is reported, never deleted.
        const result = migrateRound(value);
        if (result.ok) rounds.push(result.round);
        else problems.push(`Saved round "${key}" could not be read (${result.reason}); it was left untouched.`);
      }
      rounds.sort((a, b) => (b.savedAt ?? b.abandonedAt ?? b.startedAt) - (a.savedAt ?? a.abandonedAt ?? a.startedAt));
      return { rounds, problems };
    },
  };
}

let records: RoundRecords | null = null;

/** The app's round records in IndexedDB (database "mockround-records"). */
export function roundRecords(): RoundRecords {
  records ??= createRoundRecords(idbKeyValueStore('mockround-records'));
  return records;
}
