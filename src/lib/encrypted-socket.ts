import { relayNoticeSchema, type RelayNotice } from '../domain/pair/pair-doc.schema';
import { openFrame, sealFrame, type RoomKey } from './pair-crypto';
import { checkYMessage } from './y-message-check';

export interface EncryptedSocketHooks {
  key: RoomKey;
  roomId: string;
  /** The relay's own notices (in clear, roles only). */
  onNotice: (notice: RelayNotice) => void;
  /** A frame was refused: it did not open with the key, or was not a valid Yjs message. */
  onRefusedFrame: (reason: 'wrong-key' | 'malformed', detail: string) => void;
  /** The WebSocket class to wrap (the browser's, or `ws` in Node). */
  Base?: typeof WebSocket;
}

type Handler = ((event: any) => void) | null; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * A WebSocket look-alike for y-websocket's `WebSocketPolyfill` option: every binary frame is
 * sealed before it leaves and opened (then checked) before the provider sees it, so the Yjs sync
 * and awareness protocols run end to end between the two clients and the relay forwards only
 * ciphertext. Order is kept in both directions (WebCrypto is asynchronous: frames go through
 * one promise chain each way).
 */
export function encryptedSocketClass(hooks: EncryptedSocketHooks) {
  const Base = hooks.Base ?? WebSocket;
  return class EncryptedSocket {
    static readonly CONNECTING = 0;
    static readonly OPEN = 1;
    static readonly CLOSING = 2;
    static readonly CLOSED = 3;
    readonly CONNECTING = 0;
    readonly OPEN = 1;
    readonly CLOSING = 2;
    readonly CLOSED = 3;
    onopen: Handler = null;
    onmessage: Handler = null;
    onclose: Handler = null;
    onerror: Handler = null;
    binaryType = 'arraybuffer';
    private readonly inner: WebSocket;
    private sending = Promise.resolve();
    private receiving = Promise.resolve();

    constructor(url: string, protocols?: string | string[]) {
      this.inner = new Base(url, protocols);
      this.inner.binaryType = 'arraybuffer';
      this.inner.onopen = (event) => this.onopen?.(event);
      this.inner.onclose = (event) => this.onclose?.(event);
      this.inner.onerror = (event) => this.onerror?.(event);
      this.inner.onmessage = (event: MessageEvent<unknown>) => this.receive(event.data);
    }

    get readyState(): number {
      return this.inner.readyState;
    }

    send(data: Uint8Array): void {
      const plain = new Uint8Array(data); // a copy: the caller may reuse its buffer
      this.sending = this.sending
        .then(async () => {
          const frame = await sealFrame(hooks.key, hooks.roomId, plain);
          if (this.inner.readyState === this.OPEN) this.inner.send(frame);
        })
        .catch(() => undefined); // a closed socket: the provider resyncs on reconnect
    }

    close(code?: number, reason?: string): void {
      this.inner.close(code, reason);
    }

    private receive(data: unknown): void {
      if (typeof data === 'string') {
        let notice: unknown = null;
        try {
          notice = JSON.parse(data);
        } catch {
          // refused below
        }
        const parsed = relayNoticeSchema.safeParse(notice);
        if (parsed.success) hooks.onNotice(parsed.data);
        else hooks.onRefusedFrame('malformed', 'a relay notice of unknown shape');
        return;
      }
      if (!(data instanceof ArrayBuffer)) return hooks.onRefusedFrame('malformed', 'not binary');
      const frame = new Uint8Array(data);
      this.receiving = this.receiving.then(async () => {
        let plain: Uint8Array<ArrayBuffer>;
        try {
          plain = await openFrame(hooks.key, hooks.roomId, frame);
        } catch (error) {
          return hooks.onRefusedFrame('wrong-key', (error as Error).message);
        }
        const check = checkYMessage(plain);
        if (!check.ok) return hooks.onRefusedFrame('malformed', check.error);
        try {
          this.onmessage?.({ data: plain.buffer });
        } catch (error) {
          hooks.onRefusedFrame('malformed', `update not applied (${(error as Error).message})`);
        }
      });
    }
  };
}
