import * as encoding from 'lib0/encoding';
import { WebsocketProvider } from 'y-websocket';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import type * as Y from 'yjs';
import {
  pairAwarenessSchema,
  RELAY_CLOSE,
  type CodeSelection,
  type RelayNotice,
} from '../domain/pair/pair-doc.schema';
import type { PairRole } from '../domain/pair/pair-state.schema';
import { encryptedSocketClass } from './encrypted-socket';
import type { RoomKey } from './pair-crypto';
import { createPairDoc } from './pair-doc';
import { measureRelayOffset } from './relay-clock';

export type Refusal = 'role-taken' | 'bad-request' | 'wrong-key' | 'too-many-messages';

export interface LinkState {
  connection: 'connecting' | 'connected' | 'offline' | 'refused';
  /** Whether the other side is in the room (as the relay last said). */
  peer: boolean;
  /** Why this client stopped for good. */
  refusal: Refusal | null;
  /** The last frame refused from the other side, if any. */
  problem: { reason: 'wrong-key' | 'malformed'; detail: string } | null;
  /** Relay clock − this machine's clock (ms); 0 until measured. */
  offsetMs: number;
  /** The relay turned the last connection away because it is full (the link retries). */
  relayFull: boolean;
}

export interface RelayLinkOptions {
  /** The app's origin, e.g. http://192.168.1.20:4208 (the relay is at /relay on it). */
  origin: string;
  roomId: string;
  key: RoomKey;
  role: PairRole;
  /** This tab's id: a tab that reconnects replaces its own stale connection at the relay. */
  peerId: string;
  /** The WebSocket class (Node's `ws` in the load script). */
  WebSocketImpl?: typeof WebSocket;
  /** Ask the peer for missing updates this often (a backstop; joins and reconnects ask anyway). */
  resyncMs?: number;
}

export interface RelayLink {
  readonly doc: Y.Doc;
  state(): LinkState;
  /** Called on every state or peer-selection change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  setSelection(selection: CodeSelection | null): void;
  /** The other side's selection in the shared code, as its awareness says. */
  peerSelection(): CodeSelection | null;
  destroy(): void;
}

const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;

/**
 * Joins a pair room through the relay: a Yjs document synced with the y-websocket client over an
 * encrypting socket (see encrypted-socket.ts). The relay says who is in the room; when the other
 * side (re)joins, this side sends its state vector and awareness so both converge without waiting.
 */
export function openRelayLink(options: RelayLinkOptions): RelayLink {
  const { origin, roomId, key, role, peerId } = options;
  const doc = createPairDoc();
  const listeners = new Set<() => void>();
  let state: LinkState = {
    connection: 'connecting',
    peer: false,
    refusal: null,
    problem: null,
    offsetMs: 0,
    relayFull: false,
  };
  const update = (patch: Partial<LinkState>) => {
    state = { ...state, ...patch };
    for (const listener of [...listeners]) listener();
  };

  let provider: WebsocketProvider | null = null;
  const sendHello = () => {
    const ws = provider?.ws;
    if (!provider || !ws || ws.readyState !== ws.OPEN) return;
    const step1 = encoding.createEncoder();
    encoding.writeVarUint(step1, MESSAGE_SYNC);
    syncProtocol.writeSyncStep1(step1, doc);
    ws.send(encoding.toUint8Array(step1));
    const presence = encoding.createEncoder();
    encoding.writeVarUint(presence, MESSAGE_AWARENESS);
    encoding.writeVarUint8Array(
      presence,
      awarenessProtocol.encodeAwarenessUpdate(provider.awareness, [doc.clientID]),
    );
    ws.send(encoding.toUint8Array(presence));
  };
  const onNotice = (notice: RelayNotice) => {
    if (notice.type === 'welcome') update({ peer: notice.peers.length > 0 });
    else if (notice.type === 'left') update({ peer: false });
    else {
      update({ peer: true, problem: null });
      sendHello();
    }
  };
  const stop = (refusal: Refusal) => {
    provider?.disconnect();
    update({ connection: 'refused', refusal, peer: false });
  };

  const Socket = encryptedSocketClass({
    key,
    roomId,
    onNotice,
    onRefusedFrame: (reason, detail) => {
      // The candidate owns the room: a partner with a wrong key is the one who leaves.
      if (reason === 'wrong-key' && role === 'interviewer') stop('wrong-key');
      else update({ problem: { reason, detail } });
    },
    ...(options.WebSocketImpl ? { Base: options.WebSocketImpl } : {}),
  });
  const wsOrigin = origin.replace(/^http/, 'ws');
  provider = new WebsocketProvider(`${wsOrigin}/relay`, roomId, doc, {
    params: { role, peer: peerId },
    WebSocketPolyfill: Socket as unknown as typeof WebSocket,
    disableBc: true,
    resyncInterval: options.resyncMs ?? 10_000,
  });
  provider.awareness.setLocalState({ role, selection: null });
  provider.on('status', ({ status }) => {
    if (state.connection === 'refused') return;
    update({
      connection:
        status === 'connected' ? 'connected' : status === 'connecting' ? 'connecting' : 'offline',
      ...(status === 'connected' ? { relayFull: false } : { peer: false }),
    });
  });
  provider.on('connection-close', (event) => {
    if (event?.code === RELAY_CLOSE.relayFull) update({ relayFull: true });
  });
  provider.on('closed', ({ code }) => {
    if (state.connection !== 'refused')
      stop(
        code === RELAY_CLOSE.roleTaken
          ? 'role-taken'
          : code === RELAY_CLOSE.tooManyMessages
            ? 'too-many-messages'
            : 'bad-request',
      );
  });
  provider.awareness.on('change', () => {
    for (const listener of [...listeners]) listener();
  });

  let live = true;
  measureRelayOffset(origin)
    .then((offsetMs) => live && update({ offsetMs }))
    .catch(() => undefined); // the same clock, then: right on one machine, close on a LAN

  return {
    doc,
    state: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setSelection(selection) {
      provider?.awareness.setLocalStateField('selection', selection);
    },
    peerSelection() {
      if (!provider) return null;
      for (const [client, value] of provider.awareness.getStates()) {
        if (client === doc.clientID) continue;
        const parsed = pairAwarenessSchema.safeParse(value);
        if (parsed.success && parsed.data.role !== role) return parsed.data.selection;
      }
      return null;
    },
    destroy() {
      live = false;
      listeners.clear();
      provider?.destroy();
      provider = null;
      doc.destroy();
    },
  };
}
