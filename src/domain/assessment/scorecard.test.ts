import { describe, expect, it } from 'vitest';
import { transition, type AssessmentEvent } from './assessment-machine';
import { createAssessment } from './assessment-start';
import type { Assessment } from './assessment.schema';
import { scorecard } from './scorecard';

const T0 = 1_000_000;
const MIN = 60_000;
const start = () =>
  createAssessment(
    {
      id: 'a',
      presetId: 'custom',
      durationMs: 60 * MIN,
      problems: ['p1', 'p2', 'p3'].map((slug) => ({ slug, language: 'js' as const, code: '' })),
      options: { blockPaste: true, countFocusLoss: true },
    },
    T0,
  );
const play = (a: Assessment, steps: [AssessmentEvent, number][]) =>
  steps.reduce((s, [event, at]) => transition(s, event, at), a);
const run = { mode: 'run' as const, status: 'done', passed: 1, failed: 1 };

describe('scorecard', () => {
  it('adds up tests, time, runs, pastes and focus losses', () => {
    const a = play(start(), [
      [{ type: 'record-run', index: 0, run }, T0 + MIN],
      [{ type: 'record-run', index: 0, run }, T0 + 2 * MIN],
      [{ type: 'paste-refused' }, T0 + 3 * MIN],
      [{ type: 'focus-lost' }, T0 + 4 * MIN],
      [{ type: 'focus-regained' }, T0 + 6 * MIN],
      [{ type: 'switch-problem', index: 1 }, T0 + 10 * MIN],
      [{ type: 'record-run', index: 1, run }, T0 + 12 * MIN],
      [{ type: 'paste-refused' }, T0 + 13 * MIN],
      [{ type: 'focus-lost' }, T0 + 20 * MIN],
      [{ type: 'time-up' }, T0 + 61 * MIN],
    ]);
    const est = { time: 'O(n)', space: 'O(1)', reason: '' };
    const ref = (time: string) => ({ time, space: 'O(1)', timeReason: '', spaceReason: '' });
    const revealed = play(a, [
      ...[0, 1, 2].map((index): [AssessmentEvent, number] => [
        { type: 'set-estimate', index, estimate: est },
        T0,
      ]),
      [
        {
          type: 'reveal',
          references: [ref('O(n)'), ref('O(n)'), ref('O(n^2)')],
        },
        T0,
      ],
      [
        {
          type: 'record-result',
          index: 0,
          result: {
            status: 'done',
            visible: { passed: 3, total: 3 },
            hidden: { passed: 5, total: 5 },
          },
        },
        T0,
      ],
      [
        {
          type: 'record-result',
          index: 1,
          result: {
            status: 'done',
            visible: { passed: 2, total: 3 },
            hidden: { passed: 1, total: 4 },
          },
        },
        T0,
      ],
      [
        {
          type: 'record-result',
          index: 2,
          result: {
            status: 'compile-error',
            visible: { passed: 0, total: 2 },
            hidden: { passed: 0, total: 3 },
          },
        },
        T0,
      ],
    ]);
    const card = scorecard(revealed, T0 + 99 * MIN);
    expect(
      card.problems.map((p) => [p.slug, p.visible, p.hidden, p.solved, p.timeSpentMs, p.runs]),
    ).toEqual([
      ['p1', { passed: 3, total: 3 }, { passed: 5, total: 5 }, true, 10 * MIN, 2],
      ['p2', { passed: 2, total: 3 }, { passed: 1, total: 4 }, false, 50 * MIN, 1],
      ['p3', { passed: 0, total: 2 }, { passed: 0, total: 3 }, false, 0, 0],
    ]);
    // The third never compiled: the measurement cannot judge it, so the candidate's score will.
    expect(card.problems[2]?.verdicts).toMatchObject({
      kind: 'current',
      time: { by: 'self-score', verdict: null, reason: 'code-fails' },
    });
    expect(card.totals).toEqual({
      visible: { passed: 5, total: 8 },
      hidden: { passed: 6, total: 12 },
      all: { passed: 11, total: 20 },
      solved: 1,
      runs: 3,
      timeSpentMs: 60 * MIN,
    });
    expect(card.timeUsedMs).toBe(60 * MIN);
    expect(card.pasteAttempts).toEqual({ count: 2, atMs: [3 * MIN, 13 * MIN] });
    // The second absence was still open at time-up: it counts up to the deadline.
    expect(card.focusLosses).toEqual({
      count: 2,
      atMs: [4 * MIN, 20 * MIN],
      awayMs: 2 * MIN + 40 * MIN,
    });
  });

  it('never counts more time used than the assessment had (ended late, e.g. reopened after the deadline)', () => {
    const a = play(start(), [[{ type: 'time-up' }, T0 + 75 * MIN]]);
    expect(scorecard(a, T0 + 80 * MIN).timeUsedMs).toBe(60 * MIN);
  });

  it("reads live while working: the current problem's stretch and an open absence count so far", () => {
    const a = play(start(), [[{ type: 'focus-lost' }, T0 + 5 * MIN]]);
    const card = scorecard(a, T0 + 8 * MIN);
    expect(card.problems.map((p) => p.timeSpentMs)).toEqual([8 * MIN, 0, 0]);
    expect(card.focusLosses.awayMs).toBe(3 * MIN);
    expect(card.totals.all).toEqual({ passed: 0, total: 0 });
    expect(card.problems.every((p) => !p.solved && p.verdicts === null)).toBe(true);
  });
});
