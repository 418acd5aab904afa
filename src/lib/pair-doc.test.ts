import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { sharedRoundFromRound } from '../domain/pair/shared-round';
import { secretRubric } from '../domain/pair/pair-state.fixture';
import { createRound } from '../domain/round/round-machine';
import {
  createPairDoc,
  readInterviewerShare,
  readSharedRound,
  writeInterviewerShare,
  writeSharedRound,
} from './pair-doc';

const round = createRound(
  {
    id: 'r1',
    problemSlug: 'two-sum',
    mode: 'practice',
    durationMs: 60_000,
    language: 'js',
    code: '',
  },
  1_000,
);

/** Two documents that exchange every update, as the two clients do through the relay. */
function linkedDocs() {
  const a = createPairDoc();
  const b = createPairDoc();
  a.on('update', (u: Uint8Array) => Y.applyUpdate(b, u, 'remote'));
  b.on('update', (u: Uint8Array) => Y.applyUpdate(a, u, 'remote'));
  return [a, b] as const;
}

describe('the pair document', () => {
  it('carries the candidate’s round and code, keystroke by keystroke as small updates', () => {
    const [candidate, interviewer] = linkedDocs();
    expect(readSharedRound(interviewer)).toEqual({ ok: 'empty' });
    const shared = sharedRoundFromRound({ ...round, code: 'function f() {}' }, [], 0);
    writeSharedRound(candidate, shared.round, shared.code);
    expect(readSharedRound(interviewer)).toEqual({ ok: true, value: shared });

    const sizes: number[] = [];
    candidate.on('update', (u: Uint8Array) => sizes.push(u.byteLength));
    writeSharedRound(candidate, shared.round, 'function f() { return 1; }');
    writeSharedRound(candidate, shared.round, 'function f() { return 12; }');
    expect(readSharedRound(interviewer)).toMatchObject({
      ok: true,
      value: { code: 'function f() { return 12; }' },
    });
    // An unchanged round is not rewritten: each keystroke is one small update.
    expect(sizes).toHaveLength(2);
    expect(Math.max(...sizes)).toBeLessThan(64);
  });

  it('carries the interviewer’s hints, prompts and rubric the other way', () => {
    const [candidate, interviewer] = linkedDocs();
    expect(readInterviewerShare(candidate)).toEqual({ ok: 'empty' });
    const share = {
      v: 1 as const,
      hints: [{ index: 0, atMs: 1_000, text: 'Use a map.' }],
      prompts: ['clarify'],
      rubric: secretRubric,
    };
    writeInterviewerShare(interviewer, share);
    expect(readInterviewerShare(candidate)).toEqual({ ok: true, value: share });
  });

  it('reports a malformed part (a rogue client with the key) instead of using it', () => {
    const [candidate, rogue] = linkedDocs();
    rogue.getMap('interviewer').set('v', 1);
    rogue.getMap('interviewer').set('hints', 'all of them');
    expect(readInterviewerShare(candidate)).toEqual({
      ok: false,
      error: expect.stringMatching(/^interviewer\.hints: /) as string,
    });
    rogue.getMap('round').set('v', 1);
    expect(readSharedRound(candidate)).toMatchObject({ ok: false });
    rogue.getText('code').insert(0, 'x'.repeat(200_001));
    expect(readSharedRound(candidate)).toEqual({
      ok: false,
      error: 'code: longer than 200000 characters',
    });
  });
});
