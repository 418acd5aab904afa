import { describe, expect, it } from 'vitest';
import { createRound } from '../round/round-machine';
import type { Round } from '../round/round.schema';
import { interviewerShareSchema, parseShare, sharedRoundSchema } from './pair-doc.schema';
import { secretRubric, SECRETS } from './pair-state.fixture';
import {
  candidateStateFromShared,
  eventsFromShare,
  rubricForSavedRound,
  sharedRoundFromRound,
} from './shared-round';

const HINTS = ['Think about a map.', 'SECRET-HINT-2', 'SECRET-HINT-3'];
const T0 = 1_000_000;

function round(overrides: Partial<Round> = {}): Round {
  const base = createRound(
    {
      id: 'r1',
      problemSlug: 'two-sum',
      mode: 'practice',
      durationMs: 1_200_000,
      language: 'js',
      code: 'function twoSum() {}',
    },
    T0,
  );
  return { ...base, phase: 'code', ...overrides };
}

describe('the shared round (candidate part of the pair document)', () => {
  it('carries the redacted round with the timer in the relay clock, and comes back unchanged', () => {
    const r = round({ hintsUsed: [{ index: 0, atMs: 5_000 }], rubric: secretRubric });
    const { round: shared, code } = sharedRoundFromRound(r, HINTS, 7_000);
    expect(sharedRoundSchema.parse(shared)).toEqual(shared);
    expect(shared.timer.deadline).toBe(r.deadline + 7_000);
    // Only the given hint's text, no rubric before the recap, no estimate before the reveal.
    expect(JSON.stringify(shared)).not.toMatch(new RegExp(SECRETS.join('|')));
    expect(shared.estimate).toBeNull();
    // The interviewer's machine runs 2 s behind the relay: the deadline lands on the same instant.
    const back = candidateStateFromShared(shared, code, 2_000);
    expect(back.state.timer.deadline).toBe(r.deadline + 5_000);
    expect(back.state.code).toBe('function twoSum() {}');
    expect(candidateStateFromShared(shared, code, 7_000).state.timer).toEqual({
      durationMs: r.durationMs,
      startedAt: r.startedAt,
      deadline: r.deadline,
      pausedAt: null,
      pausedTotalMs: 0,
      endedAt: null,
    });
  });

  it('shares the estimate only once it is locked', () => {
    const estimate = { time: 'O(n)', space: 'O(n)', reason: 'one pass' };
    expect(
      sharedRoundFromRound(round({ phase: 'estimate', estimate }), HINTS, 0).round.estimate,
    ).toBeNull();
    expect(
      sharedRoundFromRound(round({ phase: 'reveal', estimate }), HINTS, 0).round.estimate,
    ).toEqual(estimate);
  });

  it('refuses a part with a stray field, a wrong version or an oversized list, naming the field', () => {
    const { round: shared } = sharedRoundFromRound(round(), HINTS, 0);
    expect(parseShare(sharedRoundSchema, 'round', { ...shared, interviewer: {} })).toEqual({
      ok: false,
      error: expect.stringMatching(/^round\.\(whole\): .*interviewer/) as string,
    });
    expect(parseShare(sharedRoundSchema, 'round', { ...shared, v: 2 })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^round\.v:/) as string,
    });
    const notes = Array.from({ length: 501 }, (_, i) => ({
      id: `n${i}`,
      atMs: 0,
      phase: 'code',
      text: 'x',
    }));
    expect(parseShare(sharedRoundSchema, 'round', { ...shared, notes })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^round\.notes:/) as string,
    });
    expect(
      parseShare(interviewerShareSchema, 'interviewer', {
        v: 1,
        hints: [{ index: -1, atMs: 0, text: '' }],
        prompts: [],
        rubric: null,
      }),
    ).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^interviewer\.hints\.0\.index/) as string,
    });
  });
});

describe('the interviewer part applied to the candidate’s round', () => {
  const share = (over: Partial<Parameters<typeof eventsFromShare>[2]> = {}) => ({
    v: 1 as const,
    hints: [],
    prompts: [],
    rubric: null,
    ...over,
  });

  it('gives hints one rung at a time and ignores a skipped or unknown rung', () => {
    const hint = (index: number) => ({ index, atMs: 0, text: 'x' });
    expect(eventsFromShare(round(), HINTS, share({ hints: [hint(1), hint(0)] }))).toEqual([
      { type: 'use-hint', index: 0 },
      { type: 'use-hint', index: 1 },
    ]);
    expect(eventsFromShare(round(), HINTS, share({ hints: [hint(2)] }))).toEqual([]);
    expect(eventsFromShare(round(), HINTS, share({ hints: [hint(9)] }))).toEqual([]);
    const given = round({ hintsUsed: [{ index: 0, atMs: 1 }] });
    expect(eventsFromShare(given, HINTS, share({ hints: [hint(0)] }))).toEqual([]);
  });

  it('marks new prompts, keeps the rubric from the estimate on, and leaves a saved round alone', () => {
    expect(
      eventsFromShare(
        round({ promptsShown: ['clarify'] }),
        HINTS,
        share({ prompts: ['clarify', 'approach'] }),
      ),
    ).toEqual([{ type: 'prompt-shown', prompt: 'approach' }]);
    expect(eventsFromShare(round(), HINTS, share({ rubric: secretRubric }))).toEqual([]);
    expect(
      eventsFromShare(round({ phase: 'recap' }), HINTS, share({ rubric: secretRubric })),
    ).toEqual([{ type: 'set-rubric', rubric: secretRubric }]);
    expect(
      eventsFromShare(
        round({ phase: 'recap', rubric: secretRubric }),
        HINTS,
        share({ rubric: secretRubric }),
      ),
    ).toEqual([]);
    expect(
      eventsFromShare(
        round({ phase: 'saved' }),
        HINTS,
        share({ prompts: ['x'], rubric: secretRubric }),
      ),
    ).toEqual([]);
  });

  it('after the save, gives the interviewer’s new scores for the saved record (once)', () => {
    const saved = round({ phase: 'saved' });
    expect(rubricForSavedRound(saved, share({ rubric: secretRubric }))).toEqual(secretRubric);
    expect(rubricForSavedRound(saved, share())).toBeNull();
    expect(
      rubricForSavedRound(
        round({ phase: 'saved', rubric: secretRubric }),
        share({ rubric: secretRubric }),
      ),
    ).toBeNull();
    // Before the save the round machine takes the scores (set-rubric), not the record.
    expect(
      rubricForSavedRound(round({ phase: 'recap' }), share({ rubric: secretRubric })),
    ).toBeNull();
  });
});
