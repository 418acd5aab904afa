import { describe, expect, it } from 'vitest';
import { IllegalTransition, transition } from './assessment-machine';
import { createAssessment } from './assessment-start';
import { elapsedMs, isTimeUp, remainingMs, timeSpentMs } from './assessment-timer';
import { assessmentSchema } from './assessment.schema';
import { ended, fresh, input, MIN, play, run, T0 } from './assessment.fixture';

describe('assessment machine: working', () => {
  it('starts working on the first problem with options off and a fixed deadline', () => {
    const a = fresh();
    expect(a).toMatchObject({
      phase: 'working',
      current: 0,
      deadline: T0 + 60 * MIN,
      options: { blockPaste: false, countFocusLoss: false },
    });
    expect(assessmentSchema.safeParse(a).success).toBe(true);
    expect(remainingMs(a, T0 + 59 * MIN)).toBe(MIN);
  });

  it('refuses to start with fewer than 2, more than 4 or repeated problems', () => {
    const p = input.problems[0]!;
    expect(() => createAssessment({ ...input, problems: [p] }, T0)).toThrow(/2–4 problems, not 1/);
    const five = ['a', 'b', 'c', 'd', 'e'].map((slug) => ({ ...p, slug }));
    expect(() => createAssessment({ ...input, problems: five }, T0)).toThrow(IllegalTransition);
    expect(() => createAssessment({ ...input, problems: [p, p] }, T0)).toThrow(/appears twice/);
    expect(() => createAssessment({ ...input, durationMs: 0 }, T0)).toThrow(/positive/);
  });

  it('keeps code, runs and notes per problem and accumulates time while current', () => {
    const a = play(fresh(), [
      [{ type: 'update-code', index: 0, code: 'one', language: 'ts' }, T0 + MIN],
      [{ type: 'record-run', index: 0, run }, T0 + 2 * MIN],
      [{ type: 'switch-problem', index: 1 }, T0 + 5 * MIN],
      [{ type: 'add-note', index: 1, id: 'n1', text: '  sort each word ' }, T0 + 6 * MIN],
      [{ type: 'update-code', index: 1, code: 'two', language: 'js' }, T0 + 7 * MIN],
      [{ type: 'switch-problem', index: 0 }, T0 + 8 * MIN],
      [{ type: 'switch-problem', index: 1 }, T0 + 10 * MIN],
    ]);
    expect(a.problems[0]).toMatchObject({
      code: 'one',
      language: 'ts',
      timeSpentMs: 7 * MIN,
      runs: [{ ...run, atMs: 2 * MIN }],
    });
    expect(a.problems[1]).toMatchObject({
      code: 'two',
      language: 'js',
      timeSpentMs: 3 * MIN,
      notes: [{ id: 'n1', atMs: 6 * MIN, text: 'sort each word' }],
    });
    expect(timeSpentMs(a, 1, T0 + 12 * MIN)).toBe(5 * MIN);
    expect(timeSpentMs(a, 1, T0 + 99 * MIN)).toBe(53 * MIN); // capped at the deadline
    expect(transition(a, { type: 'switch-problem', index: 1 }, T0 + 11 * MIN)).toBe(a);
    expect(() => transition(a, { type: 'switch-problem', index: 2 }, T0)).toThrow(/no problem 3/);
    expect(() =>
      transition(a, { type: 'update-code', index: -1, code: '', language: 'js' }, T0),
    ).toThrow(IllegalTransition);
    expect(() => transition(a, { type: 'add-note', index: 0, id: 'x', text: ' ' }, T0)).toThrow(
      /empty/,
    );
  });

  it('counts refused pastes only when paste blocking is on', () => {
    expect(() => transition(fresh(), { type: 'paste-refused' }, T0)).toThrow(/pasting is allowed/);
    const a = play(fresh({ blockPaste: true }), [
      [{ type: 'paste-refused' }, T0 + MIN],
      [{ type: 'switch-problem', index: 1 }, T0 + 2 * MIN],
      [{ type: 'paste-refused' }, T0 + 3 * MIN],
    ]);
    expect(a.pasteAttempts).toEqual([
      { atMs: MIN, index: 0 },
      { atMs: 3 * MIN, index: 1 },
    ]);
    expect(() => transition(ended(a), { type: 'paste-refused' }, T0)).toThrow(
      /only allowed during working/,
    );
  });

  it('times focus losses only when counting is on, once per absence', () => {
    expect(() => transition(fresh(), { type: 'focus-lost' }, T0)).toThrow(/not counted/);
    const lost = play(fresh({ countFocusLoss: true }), [[{ type: 'focus-lost' }, T0 + MIN]]);
    expect(transition(lost, { type: 'focus-lost' }, T0 + 2 * MIN)).toBe(lost);
    const back = transition(lost, { type: 'focus-regained' }, T0 + 3 * MIN);
    expect(back.focusLosses).toEqual([{ atMs: MIN, backAtMs: 3 * MIN }]);
    expect(transition(back, { type: 'focus-regained' }, T0 + 4 * MIN)).toBe(back);
    const gone = transition(lost, { type: 'finish' }, T0 + 5 * MIN);
    expect(gone.focusLosses).toEqual([{ atMs: MIN, backAtMs: 5 * MIN }]); // closed at the end
    expect(() => transition(gone, { type: 'focus-lost' }, T0)).toThrow(
      /only allowed during working/,
    );
  });
});

describe('assessment record and clock', () => {
  it('rejects a persisted record that is inconsistent, with the field named', () => {
    const a = fresh();
    const issue = (value: unknown) =>
      assessmentSchema.safeParse(value).error?.issues[0]?.path.join('.');
    expect(issue({ ...a, current: 2 })).toBe('current');
    expect(issue({ ...a, problems: [a.problems[0], a.problems[0]] })).toBe('problems');
    expect(issue({ ...a, problems: [a.problems[0]] })).toBe('problems');
    expect(issue({ ...a, version: 0 })).toBe('version');
    expect(issue({ ...a, phase: 'paused' })).toBe('phase');
  });

  it('freezes the countdown at the end and never counts time past the deadline', () => {
    const done = transition(fresh(), { type: 'finish' }, T0 + 10 * MIN);
    expect(remainingMs(done, T0 + 30 * MIN)).toBe(50 * MIN);
    expect(elapsedMs(done, T0 + 30 * MIN)).toBe(10 * MIN);
    expect(elapsedMs(fresh(), T0 + 90 * MIN)).toBe(60 * MIN);
    expect(remainingMs(fresh(), T0 + 90 * MIN)).toBe(0);
    expect(isTimeUp(fresh(), T0 + 60 * MIN - 1)).toBe(false);
    expect(isTimeUp(fresh(), T0 + 60 * MIN)).toBe(true);
  });
});
