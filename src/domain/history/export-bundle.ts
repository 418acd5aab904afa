import { z, type SchemaError } from '../mini-zod';
import { storedAssessmentSchema } from '../assessment/assessment-migrations';
import { assessmentSchema, type Assessment } from '../assessment/assessment.schema';
import { submissionSchema, type Submission } from '../practice/submission.schema';
import { migrateRound } from '../round/round-migrations';
import { roundSchema, type Round } from '../round/round.schema';
import { newestFirst } from './round-facts';

export const EXPORT_FORMAT = 'mockround-export';
/**
 * Bump it, and teach parseExportBundle the old one, when the bundle's own shape changes.
 * 1: rounds and drafts. 2: also saved assessments and practice Submits (a version-1 file reads
 * as having none).
 */
export const EXPORT_VERSION = 2;

/** Everything a user has, as one file: saved rounds, assessments, practice Submits and drafts. */
export const exportBundleSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.iso.datetime(),
  rounds: z.array(roundSchema),
  assessments: z.array(assessmentSchema),
  submissions: z.array(submissionSchema),
  /** Code drafts keyed `${slug}:${language}`, as the store keeps them. */
  drafts: z.optional(z.record(z.string(), z.string())),
});
export type ExportBundle = z.infer<typeof exportBundleSchema>;

/** The fields around the records, checked before each record is read on its own. */
const envelopeSchema = z.object({
  exportedAt: z.iso.datetime(),
  rounds: z.array(z.unknown()),
  drafts: z.optional(z.record(z.string(), z.string())),
});
/** Version 2 adds these lists (required: a version-2 file always has them). */
const envelopeV2Schema = z.extend(envelopeSchema, {
  assessments: z.array(z.unknown()),
  submissions: z.array(z.unknown()),
});

/** What goes into a bundle besides the rounds. */
export interface BundleExtras {
  assessments?: readonly Assessment[];
  submissions?: readonly Submission[];
}

/** A bundle of the given records (newest first) and drafts, stamped with `now`. */
export function createExportBundle(
  rounds: readonly Round[],
  now: number,
  drafts?: Record<string, string>,
  { assessments = [], submissions = [] }: BundleExtras = {},
): ExportBundle {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    rounds: [...rounds].sort(newestFirst),
    assessments: [...assessments].sort(
      (a, b) => (b.savedAt ?? b.startedAt) - (a.savedAt ?? a.startedAt),
    ),
    submissions: [...submissions].sort((a, b) => b.atMs - a.atMs),
    ...(drafts ? { drafts } : {}),
  };
}

/** The file's text: indented, so that it can be read and diffed. */
export function serializeExportBundle(bundle: ExportBundle): string {
  return `${JSON.stringify(bundle, null, 2)}\n`;
}

export type ParseExportResult = { ok: true; bundle: ExportBundle } | { ok: false; error: string };

function describe(error: SchemaError): string {
  const issue = error.issues[0];
  const where = issue?.path.map(String).join('.');
  // A migration's reason already names the field ("durationMs: …").
  if (issue?.code === 'custom' && !where) return issue.message;
  return `${where || '(root)'}: ${issue?.message ?? 'invalid'}`;
}

function bundleOf(value: unknown): ExportBundle | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return `(root): expected an object, got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}`;
  }
  const { format, version } = value as Record<string, unknown>;
  if (format !== EXPORT_FORMAT) {
    return `format: expected "${EXPORT_FORMAT}", got ${JSON.stringify(format) ?? 'nothing'}; this is not a MockRound export`;
  }
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return `version: expected a whole number, got ${JSON.stringify(version) ?? 'nothing'}`;
  }
  if (version > EXPORT_VERSION) {
    return `version: ${version} comes from a newer MockRound (this one reads up to ${EXPORT_VERSION}); update MockRound to import it`;
  }
  if (version !== 1 && version !== EXPORT_VERSION) {
    return `version: ${version} is not a known export version`;
  }
  // Version 1 had no assessments nor Submits: it reads as having none (the migration).
  const envelope =
    version === 1
      ? z
          .pipe(
            envelopeSchema,
            z.transform((v1) => ({ ...v1, assessments: [], submissions: [] })),
          )
          .safeParse(value)
      : envelopeV2Schema.safeParse(value);
  if (!envelope.success) return describe(envelope.error);
  const assessments = readEach(
    envelope.data.assessments,
    'assessments',
    'assessment',
    // Assessments of an older record version are upgraded (migrateAssessment).
    storedAssessmentSchema,
  );
  if (typeof assessments === 'string') return assessments;
  const submissions = readEach(
    envelope.data.submissions,
    'submissions',
    'submission',
    submissionSchema,
  );
  if (typeof submissions === 'string') return submissions;
  const rounds: Round[] = [];
  for (const [i, raw] of envelope.data.rounds.entries()) {
    const result = migrateRound(raw);
    if (!result.ok) {
      const id = (raw as { id?: unknown } | null)?.id;
      return `rounds.${i} (round #${i + 1}${typeof id === 'string' ? `, id "${id}"` : ''}): ${result.reason}`;
    }
    rounds.push(result.round);
  }
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    ...envelope.data,
    rounds,
    assessments,
    submissions,
  };
}

/** Each record of a list parsed on its own, or the first problem as `field.i (kind #n, id "x"): …`. */
function readEach<T>(
  raw: readonly unknown[],
  field: string,
  kind: string,
  schema: z.ZodMiniType<T>,
): T[] | string {
  const read: T[] = [];
  for (const [i, value] of raw.entries()) {
    const result = schema.safeParse(value);
    if (!result.success) {
      const id = (value as { id?: unknown } | null)?.id;
      return `${field}.${i} (${kind} #${i + 1}${typeof id === 'string' ? `, id "${id}"` : ''}): ${describe(result.error)}`;
    }
    read.push(result.data);
  }
  return read;
}

/**
 * Reads an export file (version 1 or 2). Older round records are upgraded (migrateRound); on any problem the
 * error names the file, the field path and the reason, e.g.
 * `backup.json: rounds.3 (round #4, id "r-7"): notes.0.atMs: …`. Never throws.
 */
export function parseExportBundle(text: string, fileName: string): ParseExportResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      error: `${fileName}: (root): not valid JSON (${(error as Error).message})`,
    };
  }
  const bundle = bundleOf(value);
  return typeof bundle === 'string'
    ? { ok: false, error: `${fileName}: ${bundle}` }
    : { ok: true, bundle };
}

export interface MergeResult {
  /** Existing and incoming rounds, one per id, newest first. */
  rounds: Round[];
  /** The rounds to write: new ids and newer versions of known ones. */
  changed: Round[];
  added: number;
  updated: number;
  unchanged: number;
}

/** When a record last changed: saved or abandoned, whichever is later. */
function lastChange(round: Round): number {
  return Math.max(round.savedAt ?? round.startedAt, round.abandonedAt ?? round.startedAt);
}

/**
 * Merges imported rounds into the existing ones without duplicates: for the same id the
 * record that changed later wins (on a tie, the one already there stays). Pure: neither list is modified.
 */
export function mergeRounds(existing: readonly Round[], incoming: readonly Round[]): MergeResult {
  const byId = new Map(existing.map((r) => [r.id, r]));
  const latest = new Map<string, Round>();
  for (const round of incoming) {
    const seen = latest.get(round.id);
    if (!seen || lastChange(round) > lastChange(seen)) latest.set(round.id, round);
  }
  const changed: Round[] = [];
  let added = 0;
  let updated = 0;
  for (const round of latest.values()) {
    const current = byId.get(round.id);
    if (current && lastChange(round) <= lastChange(current)) continue;
    if (current) updated += 1;
    else added += 1;
    byId.set(round.id, round);
    changed.push(round);
  }
  return {
    rounds: [...byId.values()].sort(newestFirst),
    changed,
    added,
    updated,
    unchanged: latest.size - added - updated,
  };
}
