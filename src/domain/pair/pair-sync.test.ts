import { describe, expect, it } from 'vitest';
import { candidateView } from './candidate-view';
import { envelop, type PairMessageBody } from './pair-messages';
import type { CandidateState } from './pair-state.schema';
import { secretRubric, secretState, SECRETS } from './pair-state.fixture';
import {
  candidateUpdates,
  eventsFromInterviewer,
  receiveFromCandidate,
  rubricDelivery,
} from './pair-sync';

const base = (): CandidateState => candidateView(secretState());
const hints = secretState().interviewer.hints;

/** Replays what the candidate sends on the interviewer's side. */
const replay = (start: CandidateState, bodies: PairMessageBody[]) =>
  bodies.reduce<CandidateState | null>(
    (state, body) => receiveFromCandidate(state, envelop('r1', 'candidate', body)),
    start,
  );

describe('candidate → interviewer sync', () => {
  it('sends the whole state first, then only what changed', () => {
    const next = base();
    expect(candidateUpdates(null, next, 0)).toEqual([{ type: 'state', state: next }]);
    expect(candidateUpdates(next, next, 0)).toEqual([]);
    const typed = { ...next, code: 'let a = 1;' };
    expect(candidateUpdates(next, typed, 95_000)).toEqual([
      { type: 'code', code: 'let a = 1;', language: 'js', atMs: 95_000 },
    ]);
  });

  it('sends new runs, new notes and the phase and clock as small messages the interviewer replays', () => {
    const prev = base();
    const run = { atMs: 100_000, mode: 'run' as const, status: 'done', passed: 3, failed: 0 };
    const note = { id: 'n2', atMs: 101_000, phase: 'code' as const, text: 'one pass' };
    const next: CandidateState = {
      ...prev,
      runs: [...prev.runs, run],
      notes: [...prev.notes, note],
      phase: 'estimate',
      timer: { ...prev.timer, endedAt: 200_000 },
    };
    const updates = candidateUpdates(prev, next, 102_000);
    expect(updates.map((u) => u.type)).toEqual(['run', 'note', 'round']);
    expect(replay(prev, updates)).toEqual(next);
  });

  it('sends the whole state when hints, prompts or scores change, or history was rewritten', () => {
    const prev = base();
    const hinted = { ...prev, hintsGiven: [...prev.hintsGiven, { index: 1, atMs: 5, text: 'h' }] };
    expect(candidateUpdates(prev, hinted, 0)).toEqual([{ type: 'state', state: hinted }]);
    const prompted = { ...prev, promptsShown: [...prev.promptsShown, 'approach'] };
    expect(candidateUpdates(prev, prompted, 0)).toEqual([{ type: 'state', state: prompted }]);
    const fewerRuns = { ...prev, runs: [] };
    expect(candidateUpdates(prev, fewerRuns, 0)).toEqual([{ type: 'state', state: fewerRuns }]);
    const other = { ...prev, roundId: 'r2' };
    expect(candidateUpdates(prev, other, 0)).toEqual([{ type: 'state', state: other }]);
  });

  it('drops small updates until the interviewer has a whole state, and ignores its own kind', () => {
    const code = envelop('r1', 'candidate', { type: 'code', code: 'x', language: 'ts', atMs: 1 });
    expect(receiveFromCandidate(null, code)).toBeNull();
    const hello = envelop('r1', 'interviewer', { type: 'hello' });
    expect(receiveFromCandidate(base(), hello)).toEqual(base());
    const note = envelop('r1', 'candidate', { type: 'note', note: base().notes[0]! });
    expect(receiveFromCandidate(base(), note)).toEqual(base());
  });
});

describe('interviewer → candidate', () => {
  const round = { phase: 'code' as const, pair: null, hintsUsed: [{ index: 0, atMs: 1 }] };
  const from = (body: PairMessageBody) => envelop('r1', 'interviewer', body);

  it('turns a given hint into a hint use and marks the round as a pair round', () => {
    const give = from({ type: 'give-hint', hint: { index: 1, atMs: 9, text: hints[1]! } });
    expect(eventsFromInterviewer(round, hints, give)).toEqual([
      { type: 'set-pair', pair: 'window' },
      { type: 'use-hint', index: 1 },
    ]);
    expect(eventsFromInterviewer({ ...round, pair: 'panel' }, hints, give)).toEqual([
      { type: 'use-hint', index: 1 },
    ]);
  });

  it('ignores a hint already given, one that skips a rung, and any message once saved', () => {
    const again = from({ type: 'give-hint', hint: { index: 0, atMs: 9, text: hints[0]! } });
    const skip = from({ type: 'give-hint', hint: { index: 2, atMs: 9, text: hints[2]! } });
    const paired = { ...round, pair: 'window' as const };
    expect(eventsFromInterviewer(paired, hints, again)).toEqual([]);
    expect(eventsFromInterviewer(paired, hints, skip)).toEqual([]);
    expect(
      eventsFromInterviewer({ ...round, phase: 'saved' }, hints, from({ type: 'hello' })),
    ).toEqual([]);
  });

  it('records a prompt read aloud, and keeps shared scores from the recap on', () => {
    const paired = { ...round, pair: 'window' as const };
    expect(
      eventsFromInterviewer(paired, hints, from({ type: 'prompt-shown', prompt: 'approach' })),
    ).toEqual([{ type: 'prompt-shown', prompt: 'approach' }]);
    const state = from({ type: 'state', state: candidateView(secretState({ phase: 'recap' })) });
    expect(eventsFromInterviewer({ ...paired, phase: 'recap' }, hints, state)).toEqual([
      { type: 'set-rubric', rubric: secretRubric },
    ]);
    const kept = { ...paired, phase: 'recap' as const, rubric: secretRubric };
    expect(eventsFromInterviewer(kept, hints, state)).toEqual([]);
    // Mid-round the interviewer's state carries no scores, so nothing private is kept.
    const early = from({ type: 'state', state: candidateView(secretState()) });
    expect(eventsFromInterviewer(paired, hints, early)).toEqual([]);
    expect(SECRETS.some((s) => JSON.stringify(early).includes(s))).toBe(false);
  });
});

describe('rubric delivery', () => {
  const at = (phase: CandidateState['phase'], rubric: CandidateState['rubric'] = null) => ({
    phase,
    rubric,
  });

  it('holds the scores until the recap, sends them then, and amends a round saved without them', () => {
    expect(rubricDelivery(null, at('recap'))).toBe('none');
    expect(rubricDelivery(secretRubric, null)).toBe('held');
    expect(rubricDelivery(secretRubric, at('estimate'))).toBe('held');
    expect(rubricDelivery(secretRubric, at('reveal'))).toBe('held');
    expect(rubricDelivery(secretRubric, at('recap'))).toBe('send');
    expect(rubricDelivery(secretRubric, at('recap', secretRubric))).toBe('delivered');
    expect(rubricDelivery(secretRubric, at('saved'))).toBe('amend-record');
    expect(rubricDelivery(secretRubric, at('saved', secretRubric))).toBe('delivered');
    const changed = { ...secretRubric, testing: { score: 1, notes: 'none' } };
    expect(rubricDelivery(changed, at('recap', secretRubric))).toBe('send');
  });
});
