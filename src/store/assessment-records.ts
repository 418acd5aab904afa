import { migrateAssessment } from '../domain/assessment/assessment-migrations';
import { assessmentSchema, type Assessment } from '../domain/assessment/assessment.schema';
import { idbKeyValueStore, type KeyValueStore } from './buffered-storage';

const PREFIX = 'assessment:';

export interface AssessmentRecords {
  /** Saves a finished assessment; resolves once it is on disk. */
  save(assessment: Assessment): Promise<void>;
  /** Saves many in one transaction (an import): all of them are stored, or none. */
  saveMany(assessments: readonly Assessment[]): Promise<void>;
  /** Every readable record, newest first, and a message for each unreadable one (kept in place). */
  list(): Promise<{ assessments: Assessment[]; problems: string[] }>;
  /** One record, or undefined when there is none; throws with the reason when it cannot be read. */
  get(id: string): Promise<Assessment | undefined>;
}

/** Finished assessments, one IndexedDB entry each, beside the round records. */
export function createAssessmentRecords(kv: KeyValueStore): AssessmentRecords {
  return {
    async save(assessment) {
      await kv.set(`${PREFIX}${assessment.id}`, assessmentSchema.parse(assessment));
    },
    async saveMany(assessments) {
      const valid = assessments.map((a) => assessmentSchema.parse(a));
      await kv.setMany(valid.map((a): [string, unknown] => [`${PREFIX}${a.id}`, a]));
    },
    async get(id) {
      const value = await kv.get(`${PREFIX}${id}`);
      if (value === undefined) return undefined;
      // Records of an older version are upgraded as they are read (migrateAssessment).
      const result = migrateAssessment(value);
      if (result.ok) return result.assessment;
      throw new Error(
        `Saved assessment "${PREFIX}${id}" could not be read (${result.reason}); it was left untouched.`,
      );
    },
    async list() {
      const assessments: Assessment[] = [];
      const problems: string[] = [];
      for (const key of (await kv.keys()).filter((k) => k.startsWith(PREFIX))) {
        const result = migrateAssessment(await kv.get(key));
        if (result.ok) assessments.push(result.assessment);
        else
          problems.push(
            `Saved assessment "${key}" could not be read (${result.reason}); it was left untouched.`,
          );
      }
      assessments.sort((a, b) => (b.savedAt ?? b.startedAt) - (a.savedAt ?? a.startedAt));
      return { assessments, problems };
    },
  };
}

export type SavedAssessments =
  | { status: 'ready'; assessments: Assessment[]; problems: string[] }
  | { status: 'failed'; message: string };

/** The saved assessments as a route loader wants them: never throws (the page says what failed). */
export async function readSavedAssessments(
  records: AssessmentRecords = assessmentRecords(),
): Promise<SavedAssessments> {
  try {
    return { status: 'ready', ...(await records.list()) };
  } catch (error) {
    return { status: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}

let records: AssessmentRecords | null = null;

/** The app's assessment records in IndexedDB (database "mockround-assessments"). */
export function assessmentRecords(): AssessmentRecords {
  records ??= createAssessmentRecords(idbKeyValueStore('mockround-assessments'));
  return records;
}
