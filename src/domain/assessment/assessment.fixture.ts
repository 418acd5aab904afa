import { transition, type AssessmentEvent } from './assessment-machine';
import { createAssessment, type NewAssessment } from './assessment-start';
import type { Assessment } from './assessment.schema';

// Shared set-up for the assessment machine tests: a two-problem, 60-minute assessment.
export const T0 = 1_700_000_000_000;
export const MIN = 60_000;
export const input: NewAssessment = {
  id: 'a1',
  presetId: '60-easy-medium',
  durationMs: 60 * MIN,
  problems: [
    { slug: 'two-sum', language: 'js', code: 'start-1' },
    { slug: 'group-anagrams', language: 'ts', code: 'start-2' },
  ],
};
export const fresh = (options: NewAssessment['options'] = {}) =>
  createAssessment({ ...input, options }, T0);
export const play = (a: Assessment, steps: [AssessmentEvent, number][]) =>
  steps.reduce((s, [event, at]) => transition(s, event, at), a);
export const est = { time: 'O(n)', space: 'O(n)', reason: 'a map' };
export const run = { mode: 'run' as const, status: 'done', passed: 2, failed: 1 };
export const result = {
  status: 'done',
  visible: { passed: 3, total: 3 },
  hidden: { passed: 4, total: 5 },
};
export const refs = [
  { time: 'O(n)', space: 'O(1)', timeReason: 'one pass', spaceReason: 'two indices' },
  { time: 'O(n log n)', space: 'O(n)', timeReason: 'sorting', spaceReason: 'the groups' },
];
export const ended = (a = fresh()) => transition(a, { type: 'finish' }, T0 + 10 * MIN);
export const estimated = () =>
  play(ended(), [
    [{ type: 'set-estimate', index: 0, estimate: est }, T0],
    [{ type: 'set-estimate', index: 1, estimate: est }, T0],
  ]);
export const revealed = () =>
  transition(estimated(), { type: 'reveal', references: refs }, T0 + 11 * MIN);

/** What version 1 wrote: each estimate judged against the reference, nothing measured. */
export function versionOne(a: Assessment): Record<string, unknown> {
  return {
    ...a,
    version: 1,
    problems: a.problems.map(
      ({ reference: _r, growth: _g, estimateScore: _s, olderVerdict: _o, ...rest }) => ({
        ...rest,
        verdict: { time: 'match', space: 'wrong' },
      }),
    ),
  };
}
