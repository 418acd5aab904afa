import { afterEach, describe, expect, it, vi } from 'vitest';
import { candidateView } from '../domain/pair/candidate-view';
import { envelop, type PairMessage, type PairMessageBody } from '../domain/pair/pair-messages';
import { secretState } from '../domain/pair/pair-state.fixture';
import { openPairChannel, pairChannelName, type PairChannel } from './pair-channel';

const open: { close(): void }[] = [];
const track = <T extends { close(): void }>(c: T): T => {
  open.push(c);
  return c;
};
afterEach(() => open.splice(0).forEach((c) => c.close()));

/** Resolves with the next `count` messages the channel delivers. */
const received = (channel: PairChannel, count = 1) =>
  new Promise<PairMessage[]>((resolve) => {
    const got: PairMessage[] = [];
    const stop = channel.subscribe((m) => {
      got.push(m);
      if (got.length === count) {
        stop();
        resolve(got);
      }
    });
  });

describe('pair channel (Node BroadcastChannel)', () => {
  it('carries messages both ways between a candidate and an interviewer window', async () => {
    const candidate = track(openPairChannel('r1', 'candidate'));
    const interviewer = track(openPairChannel('r1', 'interviewer'));
    const atCandidate = received(candidate);
    interviewer.send({
      type: 'give-hint',
      hint: { index: 0, atMs: 120_000, text: 'Think about a map.' },
    });
    expect(await atCandidate).toEqual([
      envelop('r1', 'interviewer', {
        type: 'give-hint',
        hint: { index: 0, atMs: 120_000, text: 'Think about a map.' },
      }),
    ]);

    const atInterviewer = received(interviewer, 2);
    candidate.send({ type: 'code', code: 'let x', language: 'js', atMs: 130_000 });
    candidate.send({ type: 'state', state: candidateView(secretState()) });
    const [code, state] = await atInterviewer;
    expect(code).toMatchObject({ from: 'candidate', type: 'code', code: 'let x' });
    expect(state).toMatchObject({
      type: 'state',
      state: { roundId: 'r1', hintsGiven: [{ index: 0 }] },
    });
  });

  it('drops and reports invalid messages, other rounds and other versions', async () => {
    const onInvalid = vi.fn();
    const candidate = track(openPairChannel('r1', 'candidate', { onInvalid }));
    const listener = vi.fn();
    candidate.subscribe(listener);
    const raw = track(new BroadcastChannel(pairChannelName('r1')));
    const barrier = received(candidate);
    raw.postMessage({ nonsense: true });
    raw.postMessage({ ...envelop('r1', 'interviewer', { type: 'hello' }), v: 99 });
    raw.postMessage(envelop('r2', 'interviewer', { type: 'hello' }));
    raw.postMessage({
      ...envelop('r1', 'interviewer', { type: 'hello' }),
      interviewer: { notes: [] },
    });
    raw.postMessage(envelop('r1', 'interviewer', { type: 'prompt-shown', prompt: 'approach' }));
    expect(await barrier).toMatchObject([{ type: 'prompt-shown', prompt: 'approach' }]);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(onInvalid.mock.calls.map(([reason]) => reason)).toEqual([
      expect.stringMatching(/^type:/),
      expect.stringMatching(/^v:/),
      'roundId: expected "r1", got "r2"',
      expect.stringMatching(/interviewer/),
    ]);
  });

  it('ignores windows of its own role and channels of other rounds', async () => {
    const candidate = track(openPairChannel('r1', 'candidate'));
    const otherTab = track(openPairChannel('r1', 'candidate'));
    const otherRound = track(openPairChannel('r2', 'interviewer'));
    const interviewer = track(openPairChannel('r1', 'interviewer'));
    const listener = vi.fn();
    candidate.subscribe(listener);
    const barrier = received(candidate);
    otherTab.send({ type: 'hello' });
    otherRound.send({ type: 'hello' });
    interviewer.send({ type: 'prompt-shown', prompt: 'edge-cases' });
    expect(await barrier).toMatchObject([{ from: 'interviewer', type: 'prompt-shown' }]);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('validates what it sends and stops after close', async () => {
    const interviewer = track(openPairChannel('r1', 'interviewer'));
    const candidate = track(openPairChannel('r1', 'candidate'));
    expect(() => interviewer.send({ type: 'code', code: '', language: 'js', atMs: 0 })).toThrow(
      /interviewer cannot send/,
    );
    const leak = { type: 'state', state: secretState() } as unknown as PairMessageBody;
    expect(() => interviewer.send(leak)).toThrow(/cannot send this "state" message/);

    const listener = vi.fn();
    const unsubscribe = candidate.subscribe(listener);
    unsubscribe();
    const barrier = received(candidate);
    interviewer.send({ type: 'hello' });
    await barrier;
    expect(listener).not.toHaveBeenCalled();

    interviewer.close();
    interviewer.close();
    expect(() => interviewer.send({ type: 'hello' })).toThrow(/closed/);
  });
});
