import { describe, expect, it } from 'vitest';
import { envelop, PAIR_PROTOCOL_VERSION, parsePairMessage } from './pair-messages';

describe('pair message protocol', () => {
  it('wraps a body in the envelope of its sender', () => {
    expect(
      envelop('r1', 'candidate', { type: 'code', code: 'x', language: 'ts', atMs: 5 }),
    ).toEqual({
      v: PAIR_PROTOCOL_VERSION,
      roundId: 'r1',
      from: 'candidate',
      type: 'code',
      code: 'x',
      language: 'ts',
      atMs: 5,
    });
    expect(envelop('r1', 'interviewer', { type: 'hello' }).from).toBe('interviewer');
    expect(envelop('r1', 'candidate', { type: 'hello' }).from).toBe('candidate');
  });

  it('lets each side send only its own message types', () => {
    expect(() =>
      envelop('r1', 'candidate', { type: 'give-hint', hint: { index: 0, atMs: 0, text: 'h' } }),
    ).toThrow(/from/);
    expect(() => envelop('r1', 'candidate', { type: 'prompt-shown', prompt: 'approach' })).toThrow(
      /candidate cannot send/,
    );
    expect(() =>
      envelop('r1', 'interviewer', { type: 'code', code: '', language: 'js', atMs: 0 }),
    ).toThrow(/interviewer cannot send/);
    expect(() =>
      envelop('r1', 'interviewer', {
        type: 'note',
        note: { id: 'n', atMs: 0, phase: 'code', text: 't' },
      }),
    ).toThrow(/from/);
  });

  it('rejects other versions, unknown types and malformed fields, naming the field', () => {
    const hello = envelop('r1', 'candidate', { type: 'hello' });
    expect(parsePairMessage({ ...hello, v: 2 })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^v:/),
    });
    expect(parsePairMessage({ ...hello, type: 'pause' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^type:/),
    });
    expect(parsePairMessage({ ...hello, roundId: '' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^roundId:/),
    });
    const run = {
      v: 1,
      roundId: 'r1',
      from: 'candidate',
      type: 'run',
      run: { atMs: -1, mode: 'run', status: 'done', passed: 1, failed: 0 },
    };
    expect(parsePairMessage(run)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^run\.atMs:/),
    });
    const hint = {
      v: 1,
      roundId: 'r1',
      from: 'interviewer',
      type: 'give-hint',
      hint: { index: 0, atMs: 0, text: 'h', later: 'x' },
    };
    expect(parsePairMessage(hint)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/later/),
    });
    for (const junk of [null, 42, 'hello', [], {}]) expect(parsePairMessage(junk).ok).toBe(false);
  });

  it('accepts the round phase and timer from the candidate', () => {
    const timer = {
      durationMs: 60_000,
      startedAt: 0,
      deadline: 60_000,
      pausedAt: 5_000,
      pausedTotalMs: 0,
      endedAt: null,
    };
    const message = envelop('r1', 'candidate', { type: 'round', phase: 'code', timer });
    expect(parsePairMessage(JSON.parse(JSON.stringify(message)))).toEqual({ ok: true, message });
    expect(() =>
      envelop('r1', 'candidate', {
        type: 'round',
        phase: 'code',
        timer: { ...timer, durationMs: 0 },
      }),
    ).toThrow(/timer\.durationMs/);
  });
});
