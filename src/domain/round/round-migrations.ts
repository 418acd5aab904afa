import type { SchemaError } from '../mini-zod';
import { ROUND_VERSION, roundSchema, type Round } from './round.schema';

/** A record as read from disk or a file, before it is known to be valid. */
type RawRecord = Record<string, unknown>;

/** Upgrades a record of version N to version N + 1; the result is validated at the end only. */
export type RoundMigration = (record: RawRecord) => RawRecord;

/**
 * Version 0 (synthetic: the record before the think-aloud prompts and abandoning existed): the
 * fields of version 1 without `promptsShown` and `abandonedAt`, and `version: 0`. An empty list
 * and null are what version 1 stores for a round that never showed a prompt nor was abandoned.
 */
function v0ToV1(record: RawRecord): RawRecord {
  return { promptsShown: [], abandonedAt: null, ...record, version: 1 };
}

/**
 * Version 1 judged the estimate against the reference (`reveal.timeVerdict`, `spaceVerdict`).
 * Version 2 judges it against the candidate's own code, from the reference snapshot and the
 * measurement: an older reveal has neither, so its verdict is kept as `olderVerdict` and shown as
 * "against the reference (older round)".
 */
function v1ToV2(record: RawRecord): RawRecord {
  const reveal = record.reveal;
  if (typeof reveal !== 'object' || reveal === null || Array.isArray(reveal)) {
    return { ...record, version: 2 };
  }
  const { timeVerdict, spaceVerdict, ...rest } = reveal as RawRecord;
  if (timeVerdict === undefined && spaceVerdict === undefined) return { ...record, version: 2 };
  return {
    ...record,
    reveal: { ...rest, olderVerdict: { time: timeVerdict, space: spaceVerdict } },
    version: 2,
  };
}

/**
 * The upgrade from each earlier version to the next, keyed by the version it reads. To add
 * version 2: bump ROUND_VERSION, add `1: v1ToV2` here and a test with a version-1 record.
 */
export const ROUND_MIGRATIONS: Readonly<Record<number, RoundMigration>> = { 0: v0ToV1, 1: v1ToV2 };

/** The oldest record version that can still be read. */
export const OLDEST_ROUND_VERSION = Math.min(
  ...Object.keys(ROUND_MIGRATIONS).map(Number),
  ROUND_VERSION,
);

export type MigrateResult = { ok: true; round: Round } | { ok: false; reason: string };

function describe(error: SchemaError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : typeof value;
}

/**
 * Reads a round record of any known version and upgrades it step by step to ROUND_VERSION.
 * Never throws; on failure the reason names the field and why (the record itself is untouched).
 */
export function migrateRound(raw: unknown): MigrateResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, reason: `(root): expected a round object, got ${kindOf(raw)}` };
  }
  let record = raw as RawRecord;
  const version = record.version;
  if (version === undefined) return { ok: false, reason: 'version: missing' };
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return {
      ok: false,
      reason: `version: expected a whole number, got ${JSON.stringify(version)}`,
    };
  }
  if (version > ROUND_VERSION) {
    return {
      ok: false,
      reason: `version: ${version} was written by a newer MockRound (this one reads up to ${ROUND_VERSION})`,
    };
  }
  if (version < OLDEST_ROUND_VERSION) {
    return {
      ok: false,
      reason: `version: ${version} is older than any known format (oldest: ${OLDEST_ROUND_VERSION})`,
    };
  }
  for (let v = version; v < ROUND_VERSION; v++) {
    const step = ROUND_MIGRATIONS[v];
    if (!step) return { ok: false, reason: `version: no upgrade from version ${v} to ${v + 1}` };
    record = step(record);
  }
  const result = roundSchema.safeParse(record);
  if (result.success) return { ok: true, round: result.data };
  const upgraded = version === ROUND_VERSION ? '' : ` (after upgrading from version ${version})`;
  return { ok: false, reason: `${describe(result.error)}${upgraded}` };
}
