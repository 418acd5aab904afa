import { describe, expect, it } from 'vitest';
import { migrateAssessment, storedAssessmentSchema } from './assessment-migrations';
import { problemVerdicts } from './assessment-verdicts';
import { play, result, revealed, T0, versionOne } from './assessment.fixture';

const withResults = () =>
  play(revealed(), [
    [{ type: 'record-result', index: 0, result }, T0],
    [{ type: 'record-result', index: 1, result }, T0],
  ]);

describe('assessment record migrations', () => {
  it('reads a version-1 record: its verdict is kept as the older one, nothing measured', () => {
    const migrated = migrateAssessment(versionOne(withResults()));
    expect(migrated.ok).toBe(true);
    if (!migrated.ok) return;
    const [first] = migrated.assessment.problems;
    expect(migrated.assessment.version).toBe(2);
    expect(first).toMatchObject({
      olderVerdict: { time: 'match', space: 'wrong' },
      reference: null,
      growth: null,
      estimateScore: {},
    });
    expect(first && 'verdict' in first).toBe(false);
    expect(first && problemVerdicts(first)).toEqual({
      kind: 'older',
      older: { time: 'match', space: 'wrong' },
    });
  });

  it('reads a version-1 record revealed before its verdicts (null) and the current version as is', () => {
    const early = versionOne(withResults());
    early.problems = (early.problems as Record<string, unknown>[]).map((p) => ({
      ...p,
      verdict: null,
    }));
    const migrated = migrateAssessment(early);
    expect(migrated.ok && migrated.assessment.problems[0]?.olderVerdict).toBeNull();
    expect(migrateAssessment(withResults())).toEqual({ ok: true, assessment: withResults() });
  });

  it('names the field and the reason when a record cannot be read, and never throws', () => {
    const broken = { ...versionOne(withResults()), durationMs: -5 };
    expect(migrateAssessment(broken)).toEqual({
      ok: false,
      reason: expect.stringMatching(/^durationMs: .*\(after upgrading from version 1\)$/),
    });
    expect(migrateAssessment({ ...withResults(), version: 3 })).toEqual({
      ok: false,
      reason: expect.stringMatching(/^version: 3 was written by a newer MockRound/),
    });
    expect(migrateAssessment({ ...withResults(), version: 0 })).toMatchObject({ ok: false });
    expect(migrateAssessment('x')).toEqual({
      ok: false,
      reason: '(root): expected an assessment object, got string',
    });
    const parsed = storedAssessmentSchema.safeParse({ ...withResults(), version: '2' });
    expect(parsed.error?.issues[0]?.message).toBe('version: expected a whole number, got "2"');
  });
});
