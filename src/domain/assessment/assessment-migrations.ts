import { z, type SchemaError } from '../mini-zod';
import { ASSESSMENT_VERSION, assessmentSchema, type Assessment } from './assessment.schema';

type RawRecord = Record<string, unknown>;

const isRecord = (value: unknown): value is RawRecord =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Version 1 judged each estimate against the reference (`verdict`); version 2 judges it against
 * the candidate's own code from the reference snapshot and the measurement, which a version-1
 * reveal never took. Its verdict is kept as `olderVerdict` ("against the reference (older
 * assessment)"), with nothing measured and no own score.
 */
function v1ToV2(record: RawRecord): RawRecord {
  const problems = Array.isArray(record.problems)
    ? record.problems.map((problem: unknown) => {
        if (!isRecord(problem)) return problem;
        const { verdict, ...rest } = problem;
        return {
          reference: null,
          growth: null,
          estimateScore: {},
          ...rest,
          olderVerdict: verdict ?? null,
        };
      })
    : record.problems;
  return { ...record, problems, version: 2 };
}

/** The upgrade from each earlier version to the next, keyed by the version it reads. */
export const ASSESSMENT_MIGRATIONS: Readonly<Record<number, (r: RawRecord) => RawRecord>> = {
  1: v1ToV2,
};

export type MigrateAssessmentResult =
  { ok: true; assessment: Assessment } | { ok: false; reason: string };

function describe(error: SchemaError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}

/**
 * Reads an assessment record of any known version and upgrades it to ASSESSMENT_VERSION. Never
 * throws; on failure the reason names the field and why (the record itself is untouched).
 */
export function migrateAssessment(raw: unknown): MigrateAssessmentResult {
  if (!isRecord(raw)) {
    const kind = raw === null ? 'null' : Array.isArray(raw) ? 'an array' : typeof raw;
    return { ok: false, reason: `(root): expected an assessment object, got ${kind}` };
  }
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return {
      ok: false,
      reason: `version: expected a whole number, got ${JSON.stringify(version) ?? 'nothing'}`,
    };
  }
  if (version > ASSESSMENT_VERSION) {
    return {
      ok: false,
      reason: `version: ${version} was written by a newer MockRound (this one reads up to ${ASSESSMENT_VERSION})`,
    };
  }
  let record = raw;
  for (let v = version; v < ASSESSMENT_VERSION; v++) {
    const step = ASSESSMENT_MIGRATIONS[v];
    if (!step) return { ok: false, reason: `version: ${version} is not a known assessment format` };
    record = step(record);
  }
  const result = assessmentSchema.safeParse(record);
  if (result.success) return { ok: true, assessment: result.data };
  const upgraded =
    version === ASSESSMENT_VERSION ? '' : ` (after upgrading from version ${version})`;
  return { ok: false, reason: `${describe(result.error)}${upgraded}` };
}

/**
 * An assessment record of any known version, upgraded: for reading one inside other data (the
 * persisted state, an export). The issue's message is migrateAssessment's reason.
 */
export const storedAssessmentSchema = z.pipe(
  z.unknown(),
  z.transform((value, ctx): Assessment => {
    const result = migrateAssessment(value);
    if (result.ok) return result.assessment;
    ctx.issues.push({ code: 'custom', message: result.reason, input: value });
    return z.NEVER;
  }),
);
