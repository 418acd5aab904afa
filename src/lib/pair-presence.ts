import type { PairMessage } from '../domain/pair/pair-messages';
import type { PairRole } from '../domain/pair/pair-state.schema';
import { openPairChannel, type PairChannel } from './pair-channel';

export interface PairPresence {
  channel: PairChannel;
  /** Says goodbye and closes the channel (also done when the page goes away). */
  leave(): void;
}

/**
 * Joins a round's pair channel as `role`: listens, says hello (the other window answers with
 * what it holds) and says goodbye when the page is left, so the other window can show it is
 * gone. Null where there is no BroadcastChannel.
 */
export function joinPairChannel(
  roundId: string,
  role: PairRole,
  onMessage: (message: PairMessage) => void,
): PairPresence | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = openPairChannel(roundId, role);
  const stop = channel.subscribe(onMessage);
  const bye = () => channel.send({ type: 'bye' });
  channel.send({ type: 'hello' });
  window.addEventListener('pagehide', bye);
  return {
    channel,
    leave() {
      window.removeEventListener('pagehide', bye);
      bye();
      stop();
      channel.close();
    },
  };
}
