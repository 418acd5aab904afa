import type { Endpoint } from 'comlink';
import { sandboxDocument } from './sandbox-document';

/** What the pool needs from a worker; a DOM `Worker` fits, and so does a test double. */
export interface SandboxWorker extends Endpoint {
  terminate(): void;
}

/** Files handed to a sandbox worker: Blobs are shared, ArrayBuffers are transferred (detached here). */
export type SandboxFiles = Record<string, Blob | ArrayBuffer>;

export interface SandboxWorkerOptions {
  /** The worker's whole program as one self-contained classic script (see `?sandbox-worker`). */
  source: () => Promise<Blob>;
  /** Big runtime files the worker needs (the opaque origin cannot fetch the app's files). */
  files?: () => Promise<SandboxFiles>;
  /** The worker's name, shown in the browser's developer tools. */
  name?: string;
}

/** A ping unanswered this long means the sandbox's process has died (e.g. out of memory). */
export const SANDBOX_SILENCE_MS = 4_000;
const PING_EVERY_MS = 1_000;

function hideFrame(frame: HTMLIFrameElement): void {
  frame.setAttribute('sandbox', 'allow-scripts');
  frame.setAttribute('aria-hidden', 'true');
  frame.title = 'Code runner sandbox';
  frame.tabIndex = -1;
  frame.style.cssText =
    'position:fixed;width:0;height:0;border:0;left:-10px;top:-10px;visibility:hidden';
}

/**
 * A runner worker inside its own sandbox host (an opaque-origin iframe, see
 * sandbox-document.ts), seen from the app as a Worker: messages go straight to the worker
 * over a MessageChannel; `terminate()` removes the iframe, which ends the worker and lets
 * the browser end the sandbox's process. Failures arrive as "error" events.
 */
export class FramedWorker extends EventTarget implements SandboxWorker {
  private readonly channel = new MessageChannel();
  private frame: HTMLIFrameElement | null = document.createElement('iframe');
  private readonly onWindowMessage = (event: MessageEvent) => this.fromHost(event);
  private pinger: ReturnType<typeof setInterval> | undefined;
  /** When the unanswered ping was sent. */
  private pingSent: number | null = null;
  private failed = false;

  constructor(private readonly options: SandboxWorkerOptions) {
    super();
    const frame = this.frame as HTMLIFrameElement;
    hideFrame(frame);
    frame.srcdoc = sandboxDocument();
    window.addEventListener('message', this.onWindowMessage);
    document.body.append(frame);
  }

  private fromHost(event: MessageEvent): void {
    const frame = this.frame;
    if (!frame || event.source !== frame.contentWindow) return;
    const data = event.data as { kind?: unknown; message?: unknown } | null;
    if (data?.kind === 'ready') void this.spawn(frame);
    else if (data?.kind === 'pong') this.pingSent = null;
    else if (data?.kind === 'error') this.fail(String(data.message ?? 'the sandbox failed'));
  }

  private async spawn(frame: HTMLIFrameElement): Promise<void> {
    try {
      const [source, files] = await Promise.all([
        this.options.source(),
        this.options.files?.() ?? Promise.resolve({}),
      ]);
      if (this.frame !== frame) return;
      const transfer = Object.values(files).filter(
        (f): f is ArrayBuffer => f instanceof ArrayBuffer,
      );
      const port = this.channel.port2;
      frame.contentWindow?.postMessage(
        { kind: 'spawn', source, port, files, transfer, name: this.options.name },
        '*',
        [port, ...transfer],
      );
      this.watch(frame);
    } catch (error) {
      this.fail(`the sandbox could not start: ${String((error as Error)?.message ?? error)}`);
    }
  }

  /** Pings the host; a host that stops answering has lost its process. */
  private watch(frame: HTMLIFrameElement): void {
    this.pinger = setInterval(() => {
      const now = performance.now();
      if (this.pingSent === null) {
        this.pingSent = now;
        frame.contentWindow?.postMessage({ kind: 'ping' }, '*');
      } else if (now - this.pingSent > SANDBOX_SILENCE_MS) {
        this.fail('it stopped answering, so its process has ended');
      }
    }, PING_EVERY_MS);
  }

  private fail(message: string): void {
    if (this.failed || !this.frame) return;
    this.failed = true;
    clearInterval(this.pinger);
    const event = new Event('error', { cancelable: true }) as Event & { message: string };
    event.message = message;
    this.dispatchEvent(event);
  }

  postMessage(message: unknown, transfer: Transferable[] = []): void {
    this.channel.port1.postMessage(message, transfer);
  }

  override addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ): void {
    if (type !== 'message') return super.addEventListener(type, listener, options);
    this.channel.port1.addEventListener('message', listener as EventListener, options);
    this.channel.port1.start();
  }

  override removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ): void {
    if (type !== 'message') return super.removeEventListener(type, listener, options);
    this.channel.port1.removeEventListener('message', listener as EventListener, options);
  }

  /** Ends the worker at once: the iframe goes, and with it the worker and its thread. */
  terminate(): void {
    const frame = this.frame;
    if (!frame) return;
    this.frame = null;
    clearInterval(this.pinger);
    window.removeEventListener('message', this.onWindowMessage);
    frame.contentWindow?.postMessage({ kind: 'terminate' }, '*');
    frame.remove();
    this.channel.port1.close();
  }
}
