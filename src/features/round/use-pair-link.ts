import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { candidateStateFromRound } from '../../domain/pair/candidate-view';
import type { PairMessage } from '../../domain/pair/pair-messages';
import { candidateUpdates, eventsFromInterviewer } from '../../domain/pair/pair-sync';
import type { CandidateState } from '../../domain/pair/pair-state.schema';
import { elapsedMs } from '../../domain/round/round-timer';
import type { Round } from '../../domain/round/round.schema';
import type { PairChannel } from '../../lib/pair-channel';
import { joinPairChannel } from '../../lib/pair-presence';
import { useClock } from './clock-context';
import { readActiveRound, useRoundDispatch } from './use-round-store';

/**
 * The candidate window's side of the round's pair channel. It owns the round: on opening it
 * says hello and sends the whole round, then what changes; it applies the interviewer's hints,
 * prompts and shared scores through the round machine, and answers a (re)opened interviewer
 * window with the round as saved. Only the redacted candidate state ever goes out.
 */
export function usePairLink(round: Round | null, hints: readonly string[]): { connected: boolean } {
  const dispatch = useRoundDispatch();
  const clock = useClock();
  const [connected, setConnected] = useState(false);
  const channel = useRef<PairChannel | null>(null);
  const sent = useRef<CandidateState | null>(null);
  const roundId = round?.id ?? null;

  const publish = useEffectEvent(() => {
    const current = readActiveRound();
    if (!channel.current || !current || current.id !== roundId) return;
    const next = candidateStateFromRound(current, hints, current.rubric ?? null);
    for (const body of candidateUpdates(sent.current, next, elapsedMs(current, clock.now()))) {
      channel.current.send(body);
    }
    sent.current = next;
  });

  const receive = useEffectEvent((message: PairMessage) => {
    setConnected(message.type !== 'bye');
    const current = readActiveRound();
    if (!current || current.id !== roundId) return;
    for (const event of eventsFromInterviewer(current, hints, message)) dispatch(event);
    if (message.type === 'hello') sent.current = null; // it needs the whole round
    publish();
  });

  useEffect(() => {
    if (roundId === null) return;
    sent.current = null;
    const presence = joinPairChannel(roundId, 'candidate', receive);
    channel.current = presence?.channel ?? null;
    publish();
    return () => {
      presence?.leave();
      channel.current = null;
      setConnected(false);
    };
  }, [roundId]);

  // Every change of the round goes out as it happens (typing included: messages are small).
  useEffect(() => publish(), [round]);

  return { connected };
}
