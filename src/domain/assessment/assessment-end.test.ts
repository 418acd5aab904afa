import { describe, expect, it } from 'vitest';
import {
  canReveal,
  IllegalTransition,
  transition,
  type AssessmentEvent,
} from './assessment-machine';
import { assessmentSchema } from './assessment.schema';
import {
  ended,
  est,
  estimated,
  fresh,
  MIN,
  play,
  refs,
  result,
  revealed,
  run,
  T0,
} from './assessment.fixture';

describe('assessment machine: end, estimates, reveal, scorecard', () => {
  it("submits every problem's current code when time is really up, and freezes editing", () => {
    const a = play(fresh(), [
      [{ type: 'update-code', index: 0, code: 'mine', language: 'js' }, T0 + MIN],
      [{ type: 'switch-problem', index: 1 }, T0 + 20 * MIN],
    ]);
    expect(() => transition(a, { type: 'time-up' }, T0 + 59 * MIN)).toThrow(/there is time left/);
    expect(() =>
      transition(a, { type: 'update-code', index: 1, code: 'late', language: 'js' }, T0 + 61 * MIN),
    ).toThrow(/time is up/);
    expect(() => transition(a, { type: 'record-run', index: 1, run }, T0 + 60 * MIN)).toThrow(
      /time is up/,
    );
    const up = transition(a, { type: 'time-up' }, T0 + 62 * MIN);
    expect(up).toMatchObject({ phase: 'estimate', endReason: 'time-up', endedAt: T0 + 62 * MIN });
    expect(up.problems.map((p) => p.submission)).toEqual([
      { code: 'mine', language: 'js' },
      { code: 'start-2', language: 'ts' },
    ]);
    expect(up.problems.map((p) => p.timeSpentMs)).toEqual([20 * MIN, 40 * MIN]);
    expect(() =>
      transition(up, { type: 'update-code', index: 0, code: 'x', language: 'js' }, T0),
    ).toThrow(/only allowed during working/);
    expect(() => transition(up, { type: 'time-up' }, T0 + 63 * MIN)).toThrow(IllegalTransition);
    expect(assessmentSchema.safeParse(up).success).toBe(true);
  });

  it('finishes early with the same submission rule', () => {
    const a = ended();
    expect(a).toMatchObject({ phase: 'estimate', endReason: 'done', endedAt: T0 + 10 * MIN });
    expect(a.problems.map((p) => p.submission?.code)).toEqual(['start-1', 'start-2']);
    expect(() => transition(a, { type: 'finish' }, T0)).toThrow(IllegalTransition);
  });

  it('reveals only once every problem has both estimates, and keeps each reference', () => {
    const half = play(ended(), [[{ type: 'set-estimate', index: 0, estimate: est }, T0]]);
    expect(canReveal(half)).toBe(false);
    expect(() => transition(half, { type: 'reveal', references: refs }, T0)).toThrow(
      /every problem/,
    );
    const blank = transition(
      half,
      { type: 'set-estimate', index: 1, estimate: { ...est, space: ' ' } },
      T0,
    );
    expect(canReveal(blank)).toBe(false);
    expect(canReveal(estimated())).toBe(true);
    expect(() =>
      transition(estimated(), { type: 'reveal', references: refs.slice(1) }, T0),
    ).toThrow(/one reference per problem/);
    const r = revealed();
    expect(r.phase).toBe('reveal');
    expect(r.problems.map((p) => p.reference)).toEqual(refs);
    expect(r.problems.map((p) => [p.growth, p.estimateScore, p.olderVerdict])).toEqual([
      [null, {}, null],
      [null, {}, null],
    ]);
    expect(() =>
      transition(fresh(), { type: 'set-estimate', index: 0, estimate: est }, T0),
    ).toThrow(/only allowed during estimate/);
  });

  it('needs every submission result before the scorecard, then saves', () => {
    const r = play(revealed(), [
      [{ type: 'record-result', index: 0, result }, T0],
      [{ type: 'self-score', index: 0, score: 'partly' }, T0],
    ]);
    expect(() => transition(r, { type: 'to-scorecard' }, T0)).toThrow(/test results first/);
    const card = play(r, [
      [{ type: 'record-result', index: 1, result }, T0],
      [{ type: 'to-scorecard' }, T0],
    ]);
    expect(card.phase).toBe('scorecard');
    const scored = transition(card, { type: 'self-score', index: 1, score: 'wrong' }, T0);
    const saved = transition(scored, { type: 'save' }, T0 + 15 * MIN);
    expect(saved).toMatchObject({ phase: 'saved', savedAt: T0 + 15 * MIN });
    expect(saved.problems.map((p) => p.selfScore)).toEqual(['partly', 'wrong']);
    expect(assessmentSchema.safeParse(saved).success).toBe(true);
    expect(() =>
      transition(saved, { type: 'add-note', index: 0, id: 'n', text: 'late' }, T0),
    ).toThrow(/saved/);
    expect(() => transition(saved, { type: 'switch-problem', index: 1 }, T0)).toThrow(/saved/);
    expect(() => transition(saved, { type: 'save' }, T0)).toThrow(IllegalTransition);
  });

  it('rejects out-of-order steps and anything an assessment does not have', () => {
    const a = fresh();
    for (const event of [
      { type: 'reveal', references: refs },
      { type: 'record-result', index: 0, result },
      { type: 'self-score', index: 0, score: 'correct' },
      { type: 'to-scorecard' },
      { type: 'save' },
    ] as AssessmentEvent[]) {
      expect(() => transition(a, event, T0)).toThrow(IllegalTransition);
    }
    expect(() => transition(estimated(), { type: 'record-result', index: 0, result }, T0)).toThrow(
      /only allowed during reveal/,
    );
    expect(() => transition(a, { type: 'pause' } as unknown as AssessmentEvent, T0)).toThrow(
      /no pause and no hints/,
    );
    expect(() =>
      transition(a, { type: 'use-hint', index: 0 } as unknown as AssessmentEvent, T0),
    ).toThrow(IllegalTransition);
  });

  it('lets notes and the current problem change after the end without counting time', () => {
    const a = play(ended(), [
      [{ type: 'switch-problem', index: 1 }, T0 + 20 * MIN],
      [{ type: 'add-note', index: 1, id: 'n', text: 'should have sorted' }, T0 + 21 * MIN],
    ]);
    expect(a.current).toBe(1);
    expect(a.problems.map((p) => p.timeSpentMs)).toEqual([10 * MIN, 0]);
    expect(a.problems[1]?.notes[0]?.atMs).toBe(10 * MIN); // assessment time stops at the end
  });
});
