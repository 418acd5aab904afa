import { describe, expect, it } from 'vitest';
import { createRound, transition } from '../round/round-machine';
import type { Round } from '../round/round.schema';
import { candidateStateFromRound } from './candidate-view';
import { envelop } from './pair-messages';
import { parseShare, sharedRoundSchema } from './pair-doc.schema';
import { MAX_SHARED_CASE_CHARS } from './pair-state.schema';
import { secretRubric, SECRETS } from './pair-state.fixture';
import { candidateUpdates, receiveFromCandidate } from './pair-sync';
import { candidateStateFromShared, sharedRoundFromRound } from './shared-round';

const HINTS = ['Think about a map.', 'SECRET-HINT-2', 'SECRET-HINT-3'];
const T0 = 1_000_000;
const item = (id: string, expected: unknown = [0, 1]) => ({ id, args: [[3, 3], 6], expected });

function coding(): Round {
  const round = createRound(
    {
      id: 'r1',
      problemSlug: 'two-sum',
      mode: 'timed',
      durationMs: 1_200_000,
      language: 'js',
      code: '',
    },
    T0,
  );
  return transition({ ...round, rubric: secretRubric }, { type: 'begin-coding' }, T0);
}

/** The candidate's round after adding a case and one Run that failed it. */
function withCaseRun(): Round {
  const added = transition(coding(), { type: 'add-custom-case', item: item('a') }, T0 + 1_000);
  return transition(
    added,
    {
      type: 'record-run',
      run: { mode: 'run', status: 'done', passed: 1, failed: 1 },
      custom: [{ id: 'a', status: 'fail', actual: '[1,0]' }],
    },
    T0 + 60_000,
  );
}

describe('the candidate’s own test cases in the shared round', () => {
  it('go to the interviewer with the last Run’s result, and nothing of the interviewer’s', () => {
    const { round: shared, code } = sharedRoundFromRound(withCaseRun(), HINTS, 0);
    const parsed = parseShare(sharedRoundSchema, 'round', JSON.parse(JSON.stringify(shared)));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const { state } = candidateStateFromShared(parsed.value, code, 0);
    expect(state.customCases).toEqual([
      { ...item('a'), last: { status: 'fail', actual: '[1,0]', atMs: 60_000 } },
    ]);
    expect(JSON.stringify(shared)).not.toMatch(new RegExp(SECRETS.join('|')));
  });

  it('are absent while there are none (a round without cases shares as before)', () => {
    expect(sharedRoundFromRound(coding(), HINTS, 0).round).not.toHaveProperty('customCases');
  });

  it('keep a case too large to share with the candidate', () => {
    const huge = item('big', 'x'.repeat(MAX_SHARED_CASE_CHARS));
    const round = { ...coding(), customCases: [item('a'), huge] };
    expect(candidateStateFromRound(round, HINTS, null).customCases).toEqual([item('a')]);
  });

  it.each([
    ['a case without arguments', [{ id: 'a', expected: 1 }], 'round.customCases.0.args:'],
    [
      'a forged result status',
      [{ ...item('a'), last: { status: 'won', atMs: 1 } }],
      'round.customCases.0.last.status:',
    ],
    [
      'a result longer than a round keeps',
      [{ ...item('a'), last: { status: 'fail', actual: 'x'.repeat(5_000), atMs: 1 } }],
      'round.customCases.0.last.actual:',
    ],
    [
      'a case larger than the share cap',
      [item('a', 'x'.repeat(MAX_SHARED_CASE_CHARS))],
      `round.customCases.0: larger than ${MAX_SHARED_CASE_CHARS} characters as JSON`,
    ],
    [
      'more than 20 cases',
      Array.from({ length: 21 }, (_, i) => item(`c${i}`)),
      'round.customCases:',
    ],
  ])('refuses %s, naming the part and the field', (_, customCases, error) => {
    const { round: shared } = sharedRoundFromRound(coding(), HINTS, 0);
    const parsed = parseShare(sharedRoundSchema, 'round', { ...shared, customCases });
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.error).toContain(error);
  });

  it('reach a same-browser interviewer window as a whole state when they change', () => {
    const before = candidateStateFromRound(coding(), HINTS, null);
    const after = candidateStateFromRound(withCaseRun(), HINTS, null);
    const updates = candidateUpdates(before, after, 60_000);
    expect(updates).toEqual([{ type: 'state', state: after }]);
    const heard = updates.reduce(
      (state, body) => receiveFromCandidate(state, envelop('r1', 'candidate', body)),
      before as typeof before | null,
    );
    expect(heard?.customCases?.[0]?.last?.status).toBe('fail');
  });
});
