/// <reference lib="webworker" />
/**
 * The worker's side of the sandbox host (client/framed-worker.ts): waits for the host's first
 * message, which carries the app's MessagePort and any files, and returns an endpoint on that
 * port whose methods were captured before any user code ran. The worker's own messaging is
 * locked and nested workers are removed, so user code can neither answer the app nor escape.
 */
import type { Endpoint } from 'comlink';
import { lockMessaging } from './harness/lock-messaging';

export interface HostConnection {
  endpoint: Endpoint;
  /** Files the app sent along (Blobs or ArrayBuffers), by name. */
  files: Record<string, Blob | ArrayBuffer>;
}

const INIT_KIND = 'mockround-sandbox-init';

// Captured when the bundle loads, long before user code could replace them.
const portPost = MessagePort.prototype.postMessage;
const portListen = MessagePort.prototype.addEventListener;
const portUnlisten = MessagePort.prototype.removeEventListener;
const portStart = MessagePort.prototype.start;

function portEndpoint(port: MessagePort): Endpoint {
  const post = portPost.bind(port) as (message: unknown, transfer: Transferable[]) => void;
  return {
    postMessage: (message: unknown, transfer?: Transferable[]) => post(message, transfer ?? []),
    addEventListener: portListen.bind(port) as Endpoint['addEventListener'],
    removeEventListener: portUnlisten.bind(port) as Endpoint['removeEventListener'],
    start: portStart.bind(port),
  };
}

/** Takes away the constructors of nested workers (which could outlive a terminated run). */
function removeNestedWorkers(scope: object): void {
  for (const name of ['Worker', 'SharedWorker']) {
    try {
      Object.defineProperty(scope, name, {
        value: undefined,
        writable: false,
        configurable: false,
      });
    } catch {
      /* not present or not configurable */
    }
  }
}

export function connectToHost(scope: DedicatedWorkerGlobalScope): Promise<HostConnection> {
  const self = lockMessaging(scope);
  removeNestedWorkers(scope);
  return new Promise((resolve) => {
    const first = (event: MessageEvent) => {
      const data = event.data as { kind?: unknown; port?: unknown; files?: unknown } | null;
      if (data?.kind !== INIT_KIND || !(data.port instanceof MessagePort)) return;
      self.removeEventListener('message', first as EventListener);
      const files = (data.files ?? {}) as HostConnection['files'];
      resolve({ endpoint: portEndpoint(data.port), files });
    };
    self.addEventListener('message', first as EventListener);
  });
}
