import { submissionSchema, type Submission } from '../domain/practice/submission.schema';
import { idbKeyValueStore, type KeyValueStore } from './buffered-storage';

const PREFIX = 'submission:';
/** The slug ends with ':' so that "two-sum" does not also match "two-sum-ii". */
const slugPrefix = (slug: string) => `${PREFIX}${slug}:`;

export interface SubmissionRecords {
  /** Keeps one practice Submit (validated); resolves once it is on disk. */
  add(submission: Submission): Promise<void>;
  /** Keeps many in one transaction (an import): all of them are stored, or none. */
  addMany(submissions: readonly Submission[]): Promise<void>;
  /**
   * The Submits of one problem (all problems without a slug), newest first, and a message for
   * each unreadable one (kept in place).
   */
  list(slug?: string): Promise<{ submissions: Submission[]; problems: string[] }>;
}

/** Practice Submits on the problem pages, one IndexedDB entry each. */
export function createSubmissionRecords(kv: KeyValueStore): SubmissionRecords {
  return {
    async add(submission) {
      const valid = submissionSchema.parse(submission);
      await kv.set(`${slugPrefix(valid.slug)}${valid.id}`, valid);
    },
    async addMany(submissions) {
      const valid = submissions.map((s) => submissionSchema.parse(s));
      await kv.setMany(valid.map((s): [string, unknown] => [`${slugPrefix(s.slug)}${s.id}`, s]));
    },
    async list(slug) {
      const submissions: Submission[] = [];
      const problems: string[] = [];
      for (const [key, value] of await kv.entries(slug === undefined ? PREFIX : slugPrefix(slug))) {
        const result = submissionSchema.safeParse(value);
        if (result.success) submissions.push(result.data);
        else {
          const issue = result.error.issues[0];
          problems.push(
            `Saved submission "${key}" could not be read (${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}); it was left untouched.`,
          );
        }
      }
      submissions.sort((a, b) => b.atMs - a.atMs);
      return { submissions, problems };
    },
  };
}

let records: SubmissionRecords | null = null;

/** The app's practice Submits in IndexedDB (database "mockround-submissions"). */
export function submissionRecords(): SubmissionRecords {
  records ??= createSubmissionRecords(idbKeyValueStore('mockround-submissions'));
  return records;
}
