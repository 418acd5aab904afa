import { describe, expect, it } from 'vitest';
import {
  canReveal,
  createRound,
  IllegalTransition,
  transition,
  type RoundEvent,
} from './round-machine';
import { remainingMs } from './round-timer';
import type { Round } from './round.schema';
import { roundSchema } from './round.schema';

const T0 = 1_700_000_000_000;
const MIN = 60_000;
const fresh = (mode: 'practice' | 'timed' = 'practice') =>
  createRound(
    { id: 'r1', problemSlug: 'two-sum', mode, durationMs: 20 * MIN, language: 'js', code: 'start' },
    T0,
  );

function play(round: Round, steps: [RoundEvent, number][]): Round {
  return steps.reduce((r, [event, at]) => transition(r, event, at), round);
}

const estimate = { time: 'O(n)', space: 'O(n)', reason: 'one pass with a map' };
const reveal: RoundEvent = {
  type: 'reveal',
  result: { passed: 5, failed: 0, status: 'done' },
  reference: {
    time: 'O(n)',
    space: 'O(n log n)',
    timeReason: 'one pass with a map',
    spaceReason: 'a sorted copy',
  },
};

describe('round machine', () => {
  it('walks brief → code → estimate → reveal → recap → saved and stays schema-valid', () => {
    const saved = play(fresh(), [
      [
        { type: 'add-note', id: 'n1', text: 'Are there duplicates?', prompt: 'clarify' },
        T0 + 30_000,
      ],
      [{ type: 'begin-coding' }, T0 + MIN],
      [{ type: 'update-code', code: 'function twoSum() {}', language: 'ts' }, T0 + 2 * MIN],
      [
        { type: 'record-run', run: { mode: 'run', status: 'done', passed: 2, failed: 1 } },
        T0 + 3 * MIN,
      ],
      [{ type: 'finish' }, T0 + 10 * MIN],
      [{ type: 'set-estimate', estimate }, T0 + 11 * MIN],
      [reveal, T0 + 12 * MIN],
      [{ type: 'self-score', score: 'partly' }, T0 + 13 * MIN],
      [{ type: 'to-recap' }, T0 + 13 * MIN],
      [
        {
          type: 'save-recap',
          recap: { wentWell: 'a', toImprove: 'b', nextStep: 'c', feeling: 4, feelingNote: '' },
        },
        T0 + 14 * MIN,
      ],
    ]);
    expect(saved.phase).toBe('saved');
    expect(saved.notes[0]).toMatchObject({ atMs: 30_000, phase: 'brief', prompt: 'clarify' });
    expect(saved.runs[0]?.atMs).toBe(3 * MIN);
    expect(saved.endReason).toBe('done');
    expect(saved.reveal).toMatchObject({
      passed: 5,
      reference: { time: 'O(n)', space: 'O(n log n)' },
      selfScore: 'partly',
    });
    expect(saved.savedAt).toBe(T0 + 14 * MIN);
    expect(roundSchema.safeParse(saved).success).toBe(true);
  });

  it('locks the reveal until both estimates are given', () => {
    const atEstimate = play(fresh(), [[{ type: 'finish' }, T0 + MIN]]);
    expect(canReveal(atEstimate)).toBe(false);
    expect(() => transition(atEstimate, reveal, T0 + 2 * MIN)).toThrow(
      /both the time and the space/,
    );
    const half = transition(
      atEstimate,
      { type: 'set-estimate', estimate: { ...estimate, space: ' ' } },
      T0 + 2 * MIN,
    );
    expect(canReveal(half)).toBe(false);
    expect(() => transition(half, reveal, T0 + 2 * MIN)).toThrow(IllegalTransition);
  });

  it('freezes the code once the round has ended', () => {
    const ended = play(fresh(), [
      [{ type: 'begin-coding' }, T0],
      [{ type: 'finish' }, T0 + MIN],
    ]);
    expect(() =>
      transition(ended, { type: 'update-code', code: 'x', language: 'js' }, T0 + 2 * MIN),
    ).toThrow(/only allowed during brief or code/);
    expect(() =>
      transition(
        ended,
        { type: 'record-run', run: { mode: 'run', status: 'done', passed: 1, failed: 0 } },
        T0,
      ),
    ).toThrow(IllegalTransition);
  });

  it('accepts time-up only when time is really up', () => {
    const coding = transition(fresh(), { type: 'begin-coding' }, T0);
    expect(() => transition(coding, { type: 'time-up' }, T0 + 19 * MIN)).toThrow(
      /there is time left/,
    );
    const up = transition(coding, { type: 'time-up' }, T0 + 20 * MIN);
    expect(up).toMatchObject({ phase: 'estimate', endReason: 'time-up', endedAt: T0 + 20 * MIN });
    expect(remainingMs(up, T0 + 99 * MIN)).toBe(0);
  });

  it('ends a late-noticed time-up at the deadline, not when it was noticed', () => {
    const coding = transition(fresh(), { type: 'begin-coding' }, T0);
    const up = transition(coding, { type: 'time-up' }, T0 + 90 * MIN);
    expect(up.endedAt).toBe(T0 + 20 * MIN);
  });

  it('keeps a recap draft until the recap is saved', () => {
    const atRecap = play(fresh(), [
      [{ type: 'finish' }, T0 + MIN],
      [{ type: 'set-estimate', estimate }, T0 + MIN],
      [reveal, T0 + MIN],
      [{ type: 'to-recap' }, T0 + MIN],
    ]);
    const draft = {
      wentWell: 'hash map',
      toImprove: '',
      nextStep: '',
      feeling: null,
      feelingNote: '',
    };
    const drafted = transition(atRecap, { type: 'draft-recap', draft }, T0 + 2 * MIN);
    expect(drafted.recapDraft).toEqual(draft);
    expect(roundSchema.safeParse(drafted).success).toBe(true);
    const saved = transition(
      drafted,
      { type: 'save-recap', recap: { ...draft, feeling: 3 } },
      T0 + 3 * MIN,
    );
    expect(saved.recapDraft).toBeNull();
    expect(() => transition(fresh(), { type: 'draft-recap', draft }, T0)).toThrow(
      IllegalTransition,
    );
  });

  it('pauses only in practice, and a pause pushes the deadline out', () => {
    expect(() => transition(fresh('timed'), { type: 'pause' }, T0)).toThrow(
      /timed rounds cannot be paused/,
    );
    const resumed = play(fresh(), [
      [{ type: 'pause' }, T0 + MIN],
      [{ type: 'resume' }, T0 + 4 * MIN],
    ]);
    expect(remainingMs(resumed, T0 + 4 * MIN)).toBe(19 * MIN);
    expect(remainingMs(resumed, T0 + 10 * MIN)).toBe(13 * MIN);
    const paused = transition(fresh(), { type: 'pause' }, T0 + MIN);
    expect(remainingMs(paused, T0 + 10 * MIN)).toBe(19 * MIN);
    expect(() => transition(paused, { type: 'pause' }, T0)).toThrow(/already paused/);
    expect(() => transition(fresh(), { type: 'resume' }, T0)).toThrow(/not paused/);
  });

  it('gives hints in practice only, once each', () => {
    expect(() => transition(fresh('timed'), { type: 'use-hint', index: 0 }, T0)).toThrow(
      /hints are off/,
    );
    const hinted = play(fresh(), [
      [{ type: 'use-hint', index: 0 }, T0 + MIN],
      [{ type: 'use-hint', index: 0 }, T0 + 2 * MIN],
    ]);
    expect(hinted.hintsUsed).toEqual([{ index: 0, atMs: MIN }]);
  });

  it('rejects out-of-order steps', () => {
    const r = fresh();
    expect(() => transition(r, { type: 'to-recap' }, T0)).toThrow(IllegalTransition);
    expect(() => transition(r, { type: 'set-estimate', estimate }, T0)).toThrow(IllegalTransition);
    expect(() =>
      transition(
        r,
        {
          type: 'save-recap',
          recap: { wentWell: '', toImprove: '', nextStep: '', feeling: 3, feelingNote: '' },
        },
        T0,
      ),
    ).toThrow(IllegalTransition);
    expect(() => transition(r, { type: 'self-score', score: 'correct' }, T0)).toThrow(
      IllegalTransition,
    );
    expect(() => transition(r, { type: 'add-note', id: 'x', text: '   ' }, T0)).toThrow(/empty/);
    const coding = transition(r, { type: 'begin-coding' }, T0);
    expect(() => transition(coding, { type: 'begin-coding' }, T0)).toThrow(IllegalTransition);
  });

  it('keeps the candidate’s own answer to "right about your code?" per dimension, after the reveal only', () => {
    const scoring = { type: 'score-estimate', dimension: 'space', verdict: 'close' } as const;
    expect(() => transition(fresh(), scoring, T0)).toThrow(IllegalTransition);
    const scored = play(fresh(), [
      [{ type: 'begin-coding' }, T0],
      [{ type: 'finish' }, T0 + MIN],
      [{ type: 'set-estimate', estimate }, T0 + MIN],
      [reveal, T0 + MIN],
      [scoring, T0 + 2 * MIN],
      [{ type: 'score-estimate', dimension: 'time', verdict: 'right' }, T0 + 2 * MIN],
    ]);
    expect(scored.reveal?.estimateScore).toEqual({ space: 'close', time: 'right' });
    expect(roundSchema.safeParse(scored).success).toBe(true);
  });

  it('saves a growth measurement during reveal or recap only, and old rounds without one still read', () => {
    const measured = {
      best: 'n',
      confidence: 0.8,
      points: [
        { n: 100, ms: 0.1 },
        { n: 200, ms: 0.2 },
      ],
      referenceBest: 'n',
      atMs: 5,
    };
    expect(() => transition(fresh(), { type: 'set-measured', measured }, T0)).toThrow(
      IllegalTransition,
    );
    const revealed = play(fresh(), [
      [{ type: 'begin-coding' }, T0],
      [{ type: 'finish' }, T0 + MIN],
      [{ type: 'set-estimate', estimate }, T0 + MIN],
      [reveal, T0 + MIN],
      [{ type: 'set-measured', measured }, T0 + 2 * MIN],
    ]);
    expect(revealed.growth).toEqual(measured);
    expect(roundSchema.safeParse(revealed).success).toBe(true);
    const legacy: Partial<Round> = { ...revealed };
    delete legacy.growth;
    expect(roundSchema.safeParse(legacy).success).toBe(true);
    const recap = transition(revealed, { type: 'to-recap' }, T0 + 3 * MIN);
    expect(
      transition(recap, { type: 'set-measured', measured: { ...measured, best: 'n^2' } }, T0).growth
        ?.best,
    ).toBe('n^2');
  });

  it('keeps pair practice and the interviewer rubric in the round; old rounds without them still read', () => {
    const score = (n: number) => ({ score: n, notes: `scored ${n}` });
    const rubric = {
      communication: score(4),
      problemSolving: score(3),
      codeQuality: score(3),
      testing: score(2),
      complexityAnalysis: score(4),
    };
    const coding = play(fresh(), [
      [{ type: 'set-pair', pair: 'window' }, T0],
      [{ type: 'begin-coding' }, T0],
    ]);
    expect(coding.pair).toBe('window');
    expect(transition(coding, { type: 'set-pair', pair: 'window' }, T0)).toBe(coding);
    expect(() => transition(coding, { type: 'set-rubric', rubric }, T0)).toThrow(
      /only allowed during estimate or reveal or recap/,
    );
    const ended = play(coding, [
      [{ type: 'finish' }, T0 + MIN],
      [{ type: 'set-rubric', rubric }, T0 + 2 * MIN],
    ]);
    expect(ended.rubric).toEqual(rubric);
    expect(roundSchema.safeParse(ended).success).toBe(true);
    expect(
      roundSchema.safeParse({ ...ended, rubric: { ...rubric, testing: score(5) } }).success,
    ).toBe(false);
    const legacy: Partial<Round> = { ...ended };
    delete legacy.pair;
    delete legacy.rubric;
    expect(roundSchema.safeParse(legacy).success).toBe(true);
  });

  it('keeps the candidate’s own test cases while coding, in the saved record; old rounds still read', () => {
    const item = (id: string) => ({ id, args: [[2, 7], 9], expected: [0, 1] });
    const coding = play(fresh('timed'), [
      [{ type: 'begin-coding' }, T0],
      [{ type: 'add-custom-case', item: item('a') }, T0 + 1],
      [{ type: 'add-custom-case', item: item('b') }, T0 + 2],
      [{ type: 'add-custom-case', item: item('a') }, T0 + 3], // the same case twice: kept once
      [{ type: 'remove-custom-case', id: 'b' }, T0 + 4],
    ]);
    expect(coding.customCases).toEqual([item('a')]);
    const full = Array.from({ length: 20 }, (_, i) => item(`c${i}`)).reduce(
      (r, it) => transition(r, { type: 'add-custom-case', item: it }, T0),
      fresh(),
    );
    expect(() => transition(full, { type: 'add-custom-case', item: item('x') }, T0)).toThrow(
      /at most 20 custom cases/,
    );
    const ended = transition(coding, { type: 'finish' }, T0 + MIN);
    expect(() => transition(ended, { type: 'add-custom-case', item: item('c') }, T0)).toThrow(
      /only allowed during brief or code/,
    );
    expect(roundSchema.parse(ended).customCases).toEqual([item('a')]);
    expect(roundSchema.safeParse({ ...ended, customCases: [{ args: [] }] }).success).toBe(false);
    const legacy: Partial<Round> = { ...ended };
    delete legacy.customCases;
    expect(roundSchema.safeParse(legacy).success).toBe(true);
  });
});
