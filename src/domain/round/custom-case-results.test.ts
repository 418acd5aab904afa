import { describe, expect, it } from 'vitest';
import { CUSTOM_ACTUAL_MAX_CHARS } from '../problem/custom-case.schema';
import { createRound, transition, type RoundEvent } from './round-machine';
import { roundSchema, type Round } from './round.schema';

const T0 = 1_700_000_000_000;
const item = (id: string) => ({ id, args: [[2, 7], 9], expected: [0, 1] });
const run = (custom?: Extract<RoundEvent, { type: 'record-run' }>['custom']): RoundEvent => ({
  type: 'record-run',
  run: { mode: 'run', status: 'done', passed: 1, failed: 1 },
  ...(custom ? { custom } : {}),
});

function coding(): Round {
  const round = createRound(
    {
      id: 'r1',
      problemSlug: 'two-sum',
      mode: 'practice',
      durationMs: 1_200_000,
      language: 'js',
      code: '',
    },
    T0,
  );
  return [
    { type: 'begin-coding' },
    { type: 'add-custom-case', item: item('a') },
    { type: 'add-custom-case', item: item('b') },
  ].reduce<Round>((r, e) => transition(r, e as RoundEvent, T0), round);
}

describe('a Run records its result on each custom case', () => {
  it('keeps the latest result per case, and a case left out of a Run keeps the one it had', () => {
    const first = transition(
      coding(),
      run([
        { id: 'a', status: 'fail', actual: '[1,0]' },
        { id: 'b', status: 'pass', actual: '[0,1]' },
      ]),
      T0 + 60_000,
    );
    const second = transition(
      first,
      run([{ id: 'a', status: 'pass', actual: '[0,1]' }]),
      T0 + 120_000,
    );
    expect(second.customCases).toEqual([
      { ...item('a'), last: { status: 'pass', actual: '[0,1]', atMs: 120_000 } },
      { ...item('b'), last: { status: 'pass', actual: '[0,1]', atMs: 60_000 } },
    ]);
    expect(roundSchema.parse(second).customCases).toEqual(second.customCases);
  });

  it('cuts a long returned value, so a record stays small', () => {
    const long = 'x'.repeat(5_000);
    const after = transition(coding(), run([{ id: 'a', status: 'fail', actual: long }]), T0 + 1);
    const actual = after.customCases?.[0]?.last?.actual ?? '';
    expect(actual).toHaveLength(CUSTOM_ACTUAL_MAX_CHARS + 1);
    expect(actual.endsWith('…')).toBe(true);
    expect(roundSchema.safeParse(after).success).toBe(true);
  });

  it('leaves the cases alone for a Run without custom results, and refuses a forged status', () => {
    const before = coding();
    expect(transition(before, run(), T0 + 1).customCases).toEqual(before.customCases);
    const forged = { ...before, customCases: [{ ...item('a'), last: { status: 'won', atMs: 1 } }] };
    const parsed = roundSchema.safeParse(forged);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['customCases', 0, 'last', 'status']);
  });
});
