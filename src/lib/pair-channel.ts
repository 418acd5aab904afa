import {
  envelop,
  parsePairMessage,
  type PairMessage,
  type PairMessageBody,
} from '../domain/pair/pair-messages';
import type { PairRole } from '../domain/pair/pair-state.schema';

/** One round's link between the candidate and interviewer windows of this browser. */
export interface PairChannel {
  readonly roundId: string;
  readonly role: PairRole;
  /** Validates and posts a message as this role; throws on an invalid one (a bug, not a user error). */
  send(body: PairMessageBody): PairMessage;
  /** Receives valid messages from the other role; returns the unsubscribe function. */
  subscribe(listener: (message: PairMessage) => void): () => void;
  close(): void;
}

export interface PairChannelOptions {
  /** Called for each incoming message dropped as invalid (default: console.warn). */
  onInvalid?: (reason: string, data: unknown) => void;
}

/** BroadcastChannel name for a round: each round gets its own channel. */
export function pairChannelName(roundId: string): string {
  return `mockround-pair:${roundId}`;
}

/**
 * Opens the pair channel of a round. Every incoming message is validated against the protocol;
 * invalid ones (another version, another round, a malformed body) are dropped and reported.
 * Messages sent by windows of the same role are ignored: the channel only carries the other side.
 */
export function openPairChannel(
  roundId: string,
  role: PairRole,
  options: PairChannelOptions = {},
): PairChannel {
  const onInvalid =
    options.onInvalid ?? ((reason) => console.warn(`Pair channel: dropped a message (${reason}).`));
  const channel = new BroadcastChannel(pairChannelName(roundId));
  const listeners = new Set<(message: PairMessage) => void>();
  let closed = false;

  channel.addEventListener('message', (event: MessageEvent<unknown>) => {
    const parsed = parsePairMessage(event.data);
    if (!parsed.ok) return onInvalid(parsed.error, event.data);
    const { message } = parsed;
    if (message.roundId !== roundId)
      return onInvalid(`roundId: expected "${roundId}", got "${message.roundId}"`, event.data);
    if (message.from === role) return;
    for (const listener of [...listeners]) listener(message);
  });
  // Fired when a message cannot be deserialised in this window.
  channel.addEventListener('messageerror', (event: MessageEvent<unknown>) =>
    onInvalid('unreadable message', event.data),
  );

  return {
    roundId,
    role,
    send(body) {
      if (closed) throw new Error(`The pair channel of round "${roundId}" is closed.`);
      const message = envelop(roundId, role, body);
      channel.postMessage(message);
      return message;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      if (closed) return;
      closed = true;
      listeners.clear();
      channel.close();
    },
  };
}
