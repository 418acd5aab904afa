import { describe, expect, it } from 'vitest';
import { createRound, transition } from '../round/round-machine';
import {
  candidateStateFromRound,
  candidateView,
  interviewerDataFromProblem,
  interviewerView,
} from './candidate-view';
import { giveHint, givenHints } from './hint-ladder';
import {
  envelop,
  parsePairMessage,
  type PairMessageBody,
  type PairMessageType,
} from './pair-messages';
import { candidateStateSchema, type PairRole } from './pair-state.schema';
import { SECRETS, secretRubric, secretState } from './pair-state.fixture';

const leaks = (value: unknown, allowed: readonly string[] = []) =>
  SECRETS.filter((s) => !allowed.includes(s) && JSON.stringify(value).includes(s));

/** Every message type, built from the interviewer's full state the way its sender would build it. */
function everyMessage(): Record<PairMessageType, [PairRole, PairMessageBody]> {
  const s = secretState();
  const used = giveHint(s.interviewer.hints, s.hintsGiven, 1, 200_000);
  const hint = givenHints(s.interviewer.hints, used).at(-1)!;
  return {
    code: ['candidate', { type: 'code', code: s.code, language: s.language, atMs: 100_000 }],
    run: ['candidate', { type: 'run', run: s.runs[0]! }],
    round: ['candidate', { type: 'round', phase: s.phase, timer: s.timer }],
    note: ['candidate', { type: 'note', note: s.notes[0]! }],
    'give-hint': ['interviewer', { type: 'give-hint', hint }],
    'prompt-shown': ['interviewer', { type: 'prompt-shown', prompt: 'edge-cases' }],
    hello: ['interviewer', { type: 'hello' }],
    bye: ['candidate', { type: 'bye' }],
    state: ['interviewer', { type: 'state', state: candidateView(s) }],
  };
}

describe('candidate view (redaction)', () => {
  it('drops the script, private notes, later hints and mid-round scores', () => {
    const view = candidateView(secretState());
    expect(leaks(view)).toEqual([]);
    expect(view).not.toHaveProperty('interviewer');
    expect(view.hintsGiven).toEqual([{ index: 0, atMs: 120_000, text: 'Think about a map.' }]);
    expect(view.rubric).toBeNull();
    expect(candidateStateSchema.safeParse(view).success).toBe(true);
  });

  it('shares the scores only from the recap on', () => {
    for (const phase of ['brief', 'code', 'estimate', 'reveal'] as const) {
      expect(candidateView(secretState({ phase })).rubric).toBeNull();
    }
    expect(candidateView(secretState({ phase: 'recap' })).rubric).toEqual(secretRubric);
    expect(candidateView(secretState({ phase: 'saved' })).rubric).toEqual(secretRubric);
  });

  it('strips stray keys smuggled into shared records and re-derives hint texts from the ladder', () => {
    const s = secretState();
    const runs = [{ ...s.runs[0]!, answer: 'SECRET-ANSWER' }];
    const hintsGiven = [{ index: 0, atMs: 1, text: 'SECRET-HINT-3' }];
    const view = candidateView({ ...s, runs, hintsGiven });
    expect(leaks(view)).toEqual([]);
    expect(view.hintsGiven[0]?.text).toBe('Think about a map.');
  });

  it.each(Object.entries(everyMessage()))(
    'a "%s" message carries nothing private and rejects private fields',
    (type, [from, body]) => {
      const message = envelop('r1', from, body);
      const allowed = type === 'give-hint' ? ['SECRET-HINT-2'] : []; // the hint being given, and only it
      expect(leaks(message, allowed)).toEqual([]);
      expect(parsePairMessage(message)).toEqual({ ok: true, message });
      const smuggled = parsePairMessage({ ...message, interviewer: secretState().interviewer });
      expect(smuggled).toMatchObject({ ok: false, error: expect.stringMatching(/interviewer/) });
    },
  );

  it('refuses the full interviewer state on the wire', () => {
    const body = { type: 'state', state: secretState() } as unknown as PairMessageBody;
    expect(() => envelop('r1', 'interviewer', body)).toThrow(/cannot send this "state" message/);
  });

  it('round-trips: the candidate state from a round, merged with the script, redacts back to itself', () => {
    const problem = {
      hints: ['h1', 'h2'],
      interviewer: { clarifications: [{ q: 'q', a: 'a' }], followUps: ['f'], rubric: ['g'] },
    };
    let round = createRound(
      {
        id: 'r9',
        problemSlug: 'p',
        mode: 'practice',
        durationMs: 600_000,
        language: 'ts',
        code: 'x',
      },
      0,
    );
    round = transition(round, { type: 'begin-coding' }, 1_000);
    round = transition(round, { type: 'use-hint', index: 0 }, 5_000);
    const candidate = candidateStateFromRound(round, problem.hints, secretRubric);
    expect(candidate).toMatchObject({
      roundId: 'r9',
      phase: 'code',
      rubric: null,
      hintsGiven: [{ index: 0, atMs: 5_000, text: 'h1' }],
    });
    const data = interviewerDataFromProblem(problem);
    expect(data).toEqual({
      hints: ['h1', 'h2'],
      clarifications: [{ q: 'q', a: 'a' }],
      followUps: ['f'],
      rubricGuide: ['g'],
      notes: [],
      rubric: null,
    });
    expect(candidateView(interviewerView(candidate, data))).toEqual(candidate);
  });
});
