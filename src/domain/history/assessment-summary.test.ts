import { describe, expect, it } from 'vitest';
import { play, result, revealed, T0 } from '../assessment/assessment.fixture';
import type { Assessment } from '../assessment/assessment.schema';
import { summarizeAssessment, summarizeAssessments } from './assessment-summary';
import { estimateConfusions } from './estimate-confusions';
import { timeUsage, weeklyProgress } from './progress-stats';
import { roundSummarySchema } from './round-summary';

const measured = (best: string, confidence: number) => ({ best, confidence, points: [], atMs: 0 });
const failing = { ...result, hidden: { passed: 0, total: 5 } };
const passing = { ...result, hidden: { passed: 5, total: 5 } };

/** Two-sum measured O(n) (estimate O(n): right); group-anagrams measured O(n²) against O(n). */
function saved(): Assessment {
  return {
    ...play(revealed(), [
      [{ type: 'record-result', index: 0, result: passing }, T0],
      [{ type: 'record-result', index: 1, result: passing }, T0],
      [{ type: 'set-measured', index: 0, measured: measured('n', 0.9) }, T0],
      [{ type: 'set-measured', index: 1, measured: measured('n^2', 0.6) }, T0],
      [{ type: 'score-estimate', index: 1, dimension: 'space', verdict: 'right' }, T0],
      [{ type: 'to-scorecard' }, T0],
      [{ type: 'save' }, T0 + 1000],
    ]),
  };
}

describe('assessment summaries', () => {
  it('one summary per problem, with the verdicts about the candidate’s own code', () => {
    const summaries = summarizeAssessment(saved());
    for (const s of summaries) expect(roundSummarySchema.parse(s)).toEqual(s);
    expect(summaries).toMatchObject([
      {
        id: 'a1/two-sum',
        problemSlug: 'two-sum',
        assessmentId: 'a1',
        mode: 'timed',
        outcome: 'passed',
        timeOwn: 'right',
        spaceOwn: null,
        codeTime: 'O(n)',
        optimality: 'optimal',
        olderVerdict: null,
        estimate: { time: 'O(n)', space: 'O(n)' },
      },
      {
        id: 'a1/group-anagrams',
        outcome: 'passed',
        timeOwn: 'wrong',
        spaceOwn: 'right',
        codeTime: 'O(n²)',
      },
    ]);
  });

  it('count in the weekly calibration and the confusions like rounds, not in the time chart', () => {
    const summaries = summarizeAssessments([saved()]);
    const [week] = weeklyProgress(summaries);
    expect(week).toMatchObject({
      rounds: 2,
      passed: 2,
      time: { matched: 1, total: 2 },
      space: { matched: 1, total: 1 },
    });
    expect(estimateConfusions(summaries).map((c) => c.text)).toEqual([
      'For time, you said O(n) when your code was O(n²)',
    ]);
    expect(timeUsage(summaries)).toEqual([]);
  });

  it('an unsaved assessment is not counted; a failing or unmeasured problem says so', () => {
    expect(summarizeAssessments([revealed()])).toEqual([]);
    const a = play(revealed(), [[{ type: 'record-result', index: 0, result: failing }, T0]]);
    const [first, second] = summarizeAssessment(a);
    // Hidden tests fail: the timings say little, so only the candidate's own score could decide.
    expect(first).toMatchObject({ outcome: 'partial', timeOwn: null, codeTime: null });
    expect(second).toMatchObject({ outcome: 'failed', timeOwn: null, estimate: { time: 'O(n)' } });
  });
});
