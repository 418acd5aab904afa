import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer, type RawData } from 'ws';

/**
 * The pair relay: a forwarder of opaque frames between the two clients of a room. It never
 * reads a frame (they are AES-GCM ciphertext; the key is in the link's fragment, which never
 * reaches a server) and keeps nothing once a room empties. What it does know: room ids, roles,
 * connection times, frame sizes and the clients' IP addresses.
 */
const ROOM_PATH = /^\/relay\/([A-Za-z0-9_-]{22})$/;
const PEER_ID = /^[A-Za-z0-9_-]{8,64}$/;
const ROLES = ['candidate', 'interviewer'] as const;
type Role = (typeof ROLES)[number];

/**
 * Close codes. 4400–4499: y-websocket clients do not retry by themselves (a bad link, a taken
 * role, a misbehaving client); 4503: the relay is full, and clients retry with backoff.
 */
export const CLOSE = {
  badRequest: 4400,
  roleTaken: 4409,
  badFrame: 4415,
  tooManyMessages: 4429,
  relayFull: 4503,
} as const;

export interface RelayOptions {
  /** Larger frames close the sender's connection (1009); a whole 200 KB program fits easily. */
  maxFrameBytes?: number;
  /** A frame for a partner whose socket buffers more than this is dropped (Yjs resyncs later). */
  maxBufferedBytes?: number;
  /** Connections that do not answer a ping within this interval are dropped. */
  heartbeatMs?: number;
  /** No new room beyond this many (the joining client is closed with 4503). */
  maxRooms?: number;
  /** No new client beyond this many connections in all (4503). */
  maxClients?: number;
  /** Per connection: messages per second on average, and the burst allowed on top (4429). */
  messagesPerSecond?: number;
  messageBurst?: number;
}

interface Member {
  ws: WebSocket;
  role: Role;
  peer: string;
  alive: boolean;
}

/** A token bucket: `take()` is false once the connection sends faster than allowed. */
function messageBudget(perSecond: number, burst: number) {
  let tokens = burst;
  let last = performance.now();
  return {
    take(): boolean {
      const t = performance.now();
      tokens = Math.min(burst, tokens + ((t - last) / 1000) * perSecond);
      last = t;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}

export interface Relay {
  stats(): { rooms: number; clients: number };
  close(): void;
}

const other = (role: Role): Role => (role === 'candidate' ? 'interviewer' : 'candidate');
const notice = (body: object) => JSON.stringify(body);

/** Attaches the relay to `server` at /relay/<roomId>?role=…&peer=…. */
export function attachRelay(server: Server, options: RelayOptions = {}): Relay {
  const maxBuffered = options.maxBufferedBytes ?? 4 * 1024 * 1024;
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: options.maxFrameBytes ?? 1024 * 1024,
    perMessageDeflate: false,
  });
  const rooms = new Map<string, Map<Role, Member>>();
  const maxRooms = options.maxRooms ?? 500;
  const maxClients = options.maxClients ?? 1000;
  const perSecond = options.messagesPerSecond ?? 50;
  const burst = options.messageBurst ?? 200;
  const clientCount = () => [...rooms.values()].reduce((sum, room) => sum + room.size, 0);

  const join = (ws: WebSocket, request: IncomingMessage) => {
    const url = new URL(request.url ?? '/', 'http://relay');
    const roomId = ROOM_PATH.exec(url.pathname)?.[1];
    const role = url.searchParams.get('role') as Role | null;
    const peer = url.searchParams.get('peer') ?? '';
    if (!roomId || !role || !ROLES.includes(role) || !PEER_ID.test(peer)) {
      ws.close(
        CLOSE.badRequest,
        'expected /relay/<22-char room id>?role=candidate|interviewer&peer=<id>',
      );
      return;
    }
    const room = rooms.get(roomId) ?? new Map<Role, Member>();
    const existing = room.get(role);
    if (existing && existing.peer !== peer) {
      ws.close(CLOSE.roleTaken, `another ${role} is already in this room`);
      return;
    }
    // A tab replacing its own stale socket is not a new client.
    const newRoom = room.size === 0;
    if (!existing && ((newRoom && rooms.size >= maxRooms) || clientCount() >= maxClients)) {
      ws.close(CLOSE.relayFull, 'the relay is full: too many rooms or clients');
      return;
    }
    const member: Member = { ws, role, peer, alive: true };
    room.set(role, member);
    rooms.set(roomId, room);
    // The same tab reconnecting (its old socket may not have noticed the drop yet): replace it.
    existing?.ws.terminate();
    const partner = () => room.get(other(role));
    ws.send(notice({ type: 'welcome', peers: partner() ? [other(role)] : [] }));
    partner()?.ws.send(notice({ type: 'joined', role }));

    const budget = messageBudget(perSecond, burst);
    ws.on('message', (data: RawData, isBinary: boolean) => {
      if (!budget.take()) {
        ws.close(CLOSE.tooManyMessages, 'too many messages: this connection was closed');
        return;
      }
      if (!isBinary) {
        ws.close(CLOSE.badFrame, 'only binary (encrypted) frames are relayed');
        return;
      }
      const to = partner()?.ws;
      if (to?.readyState === WebSocket.OPEN && to.bufferedAmount < maxBuffered) {
        to.send(data, { binary: true });
      }
    });
    ws.on('pong', () => (member.alive = true));
    ws.on('error', () => ws.terminate());
    ws.on('close', () => {
      if (room.get(role) !== member) return; // replaced by the same tab's new socket
      room.delete(role);
      partner()?.ws.send(notice({ type: 'left', role }));
      if (room.size === 0) rooms.delete(roomId);
    });
  };

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (!request.url?.startsWith('/relay/')) {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => join(ws, request));
  };
  server.on('upgrade', onUpgrade);

  const heartbeat = setInterval(() => {
    for (const room of rooms.values()) {
      for (const member of room.values()) {
        if (!member.alive) member.ws.terminate();
        else {
          member.alive = false;
          member.ws.ping();
        }
      }
    }
  }, options.heartbeatMs ?? 10_000);
  heartbeat.unref();

  return {
    stats: () => ({ rooms: rooms.size, clients: clientCount() }),
    close() {
      clearInterval(heartbeat);
      server.off('upgrade', onUpgrade);
      for (const ws of wss.clients) ws.terminate();
      wss.close();
      rooms.clear();
    },
  };
}
