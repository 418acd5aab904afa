import { storedRubricDraftSchema, type StoredRubricDraft } from '../domain/pair/rubric-draft';
import { idbKeyValueStore, type KeyValueStore } from './buffered-storage';

const PREFIX = 'rubric-draft:';

/**
 * The interviewer's rubric as typed so far, one small entry per pair round. Entries are kept
 * (not removed once the round holds the scores): about 1 kB a round.
 */
export interface RubricDrafts {
  /** The draft, or null when there is none; throws with field and reason when it cannot be read. */
  read(roundId: string): Promise<StoredRubricDraft | null>;
  write(roundId: string, entry: StoredRubricDraft): Promise<void>;
}

export function createRubricDrafts(kv: KeyValueStore): RubricDrafts {
  return {
    async read(roundId) {
      const value = await kv.get(`${PREFIX}${roundId}`);
      if (value === undefined) return null;
      const result = storedRubricDraftSchema.safeParse(value);
      if (result.success) return result.data;
      const issue = result.error.issues[0];
      const field = issue?.path.map(String).join('.') || '(root)';
      throw new Error(
        `The rubric draft saved for this round could not be read (${field}: ${issue?.message ?? 'invalid'}).`,
      );
    },
    write: (roundId, entry) => kv.set(`${PREFIX}${roundId}`, storedRubricDraftSchema.parse(entry)),
  };
}

let drafts: RubricDrafts | undefined;

/** The app's rubric drafts, in an IndexedDB database of their own. */
export function rubricDrafts(): RubricDrafts {
  drafts ??= createRubricDrafts(idbKeyValueStore('mockround-rubric-drafts'));
  return drafts;
}
