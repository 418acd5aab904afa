import { z, type SchemaError } from '../domain/mini-zod';
import { storedAssessmentSchema } from '../domain/assessment/assessment-migrations';
import { migrateRound } from '../domain/round/round-migrations';
import type { Round } from '../domain/round/round.schema';
import { settingsSchema } from '../domain/settings/settings.schema';
import type { Language } from '../runner/protocol';

/** The format of the saved state; bump it and teach migratePersisted the old one when it changes. */
export const PERSISTED_VERSION = 2;

const languageSchema = z.enum(['js', 'ts', 'py']) satisfies z.ZodMiniType<Language>;

/** Format 1: code drafts and languages only. */
const persistedV1Schema = z.object({
  /** Keyed `${slug}:${language}`. */
  drafts: z.record(z.string(), z.string()),
  /** Keyed by slug. */
  languages: z.record(z.string(), languageSchema),
});

/** The active round of any record version, upgraded (migrateRound); the reason names the field. */
const activeRoundSchema = z.pipe(
  z.unknown(),
  z.transform((value, ctx): Round | null => {
    if (value === null) return null;
    const result = migrateRound(value);
    if (result.ok) return result.round;
    ctx.issues.push({ code: 'custom', message: result.reason, input: value });
    return z.NEVER;
  }),
);

/**
 * What is saved between visits: code and language per problem, the active interview round,
 * the active assessment and the settings (both optional, so format-2 data saved before they
 * existed still reads).
 */
export const persistedStateSchema = z.extend(persistedV1Schema, {
  activeRound: activeRoundSchema,
  /** Of any record version, upgraded (migrateAssessment); the reason names the field. */
  activeAssessment: z.optional(z.nullable(storedAssessmentSchema)),
  /** Absent while every setting is at its default. */
  settings: z.optional(settingsSchema),
});
export type PersistedState = z.infer<typeof persistedStateSchema>;

/** The `{ state, version }` record zustand's persist writes. */
export const persistedRecordSchema = z.object({ state: z.unknown(), version: z.int() });

/** Saved data this version cannot use; it is kept aside, never silently dropped. */
export class StoredStateError extends Error {
  override name = 'StoredStateError';
}

function describe(error: SchemaError, prefix: string): string {
  return error.issues
    .slice(0, 3)
    .map(
      (issue) =>
        `${[prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(root)'}: ${issue.message}`,
    )
    .join('; ');
}

/** Validates a whole saved record (before persist looks at its version). */
export function checkPersistedRecord(value: unknown): void {
  const result = persistedRecordSchema.safeParse(value);
  if (!result.success) throw new StoredStateError(describe(result.error, ''));
}

/** Validates the saved state; throws a StoredStateError naming the bad field. */
export function parsePersistedState(value: unknown): PersistedState {
  const result = persistedStateSchema.safeParse(value);
  if (!result.success) throw new StoredStateError(describe(result.error, 'state'));
  return result.data;
}

/**
 * Called by persist when the saved version differs from PERSISTED_VERSION.
 * Format 1 (drafts only) gains an empty active round; a record from a newer
 * MockRound (or an unknown one) is rejected so that it goes to quarantine. Without a migrate, persist would log and drop it, and the next
 * write would overwrite it.
 */
export function migratePersisted(state: unknown, version: number): PersistedState {
  if (version === 1) {
    const v1 = persistedV1Schema.safeParse(state);
    if (!v1.success) throw new StoredStateError(describe(v1.error, 'state'));
    return { ...v1.data, activeRound: null };
  }
  if (version > PERSISTED_VERSION) {
    throw new StoredStateError(
      `saved by a newer version of MockRound (format ${version}; this one reads format ${PERSISTED_VERSION})`,
    );
  }
  throw new StoredStateError(
    `format ${version} is not one this version of MockRound can read (state: ${typeof state})`,
  );
}
