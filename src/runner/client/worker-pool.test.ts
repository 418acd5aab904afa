import { expose } from 'comlink';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SandboxApi } from '../protocol';
import { createWorkerPool, type SandboxWorker } from './worker-pool';

/** A Worker stand-in: a MessageChannel whose far end serves a tiny API through comlink. */
class FakeWorker extends EventTarget implements SandboxWorker {
  static all: FakeWorker[] = [];
  readonly id = FakeWorker.all.length;
  terminated = false;
  pings = 0;
  private readonly channel = new MessageChannel();
  releasePing: () => void = () => undefined;

  constructor(pingDelayed = false) {
    super();
    FakeWorker.all.push(this);
    const pinged = pingDelayed ? new Promise<void>((resolve) => (this.releasePing = resolve)) : Promise.resolve();
    const api = {
      ping: async () => {
        this.pings += 1;
        await pinged;
        return 'pong';
      },
      load: async () => ({ ok: true, worker: this.id }),
    };
    expose(api, this.channel.port2 as unknown as Parameters<typeof expose>[1]);
  }

  postMessage(message: unknown, transfer: Transferable[] = []): void {
    this.channel.port1.postMessage(message, transfer as never);
  }

  override addEventListener(type: string, listener: EventListenerOrEventListenerObject | null): void {
    if (type !== 'message') return super.addEventListener(type, listener);
    this.channel.port1.addEventListener('message', listener as never);
    this.channel.port1.start();
  }

  override removeEventListener(type: string, listener: EventListenerOrEventListenerObject | null): void {
    if (type !== 'message') return super.removeEventListener(type, listener);
    this.channel.port1.removeEventListener('message', listener as never);
  }

  terminate(): void {
    this.terminated = true;
    this.channel.port1.close();
  }

  fail(message: string): void {
    const event = new Event('error', { cancelable: true }) as Event & { message: string };
    event.message = message;
    this.dispatchEvent(event);
  }
}

afterEach(() => {
  for (const worker of FakeWorker.all) worker.terminate();
  FakeWorker.all = [];
});

const loadVia = (api: SandboxApi) => api.load({ code: '', language: 'js', entry: { kind: 'function', name: 'f', paramShapes: [], returnShape: 'json' } });

describe('createWorkerPool', () => {
  it('warms one spare at once, hands it out after its ping and warms the next', async () => {
    const pool = createWorkerPool(() => new FakeWorker());
    expect(FakeWorker.all).toHaveLength(1);
    const first = await pool.acquire();
    expect(FakeWorker.all[0]?.pings).toBe(1);
    expect(FakeWorker.all).toHaveLength(2);
    expect(await loadVia(first.api)).toEqual({ ok: true, worker: 0 });
    first.dispose();
    expect(FakeWorker.all[0]?.terminated).toBe(true);
    pool.dispose();
  });

  it('never reuses a worker: each acquire gets a different one', async () => {
    const pool = createWorkerPool(() => new FakeWorker());
    const a = await pool.acquire();
    const b = await pool.acquire();
    expect(await loadVia(a.api)).toEqual({ ok: true, worker: 0 });
    expect(await loadVia(b.api)).toEqual({ ok: true, worker: 1 });
    expect(FakeWorker.all).toHaveLength(3);
    pool.dispose();
  });

  it('waits for the spare to answer its ping before handing it out', async () => {
    const pool = createWorkerPool(() => new FakeWorker(true));
    let handed = false;
    const acquiring = pool.acquire().then((handle) => {
      handed = true;
      return handle;
    });
    await vi.waitFor(() => expect(FakeWorker.all[0]?.pings).toBe(1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(handed).toBe(false);
    FakeWorker.all[0]?.releasePing();
    await acquiring;
    expect(handed).toBe(true);
    pool.dispose();
  });

  it('resolves crashed with the message of the worker error event', async () => {
    const pool = createWorkerPool(() => new FakeWorker());
    const handle = await pool.acquire();
    FakeWorker.all[0]?.fail('Uncaught RangeError: Array buffer allocation failed');
    await expect(handle.crashed).resolves.toBe('Uncaught RangeError: Array buffer allocation failed');
    pool.dispose();
  });

  it('hands out a worker that failed to start, already marked crashed', async () => {
    const pool = createWorkerPool(() => new FakeWorker(true));
    FakeWorker.all[0]?.fail('');
    const handle = await pool.acquire();
    await expect(handle.crashed).resolves.toBe('the sandbox worker failed');
    pool.dispose();
  });

  it('terminates the spare on dispose and refuses to hand out more', async () => {
    const pool = createWorkerPool(() => new FakeWorker());
    pool.dispose();
    expect(FakeWorker.all[0]?.terminated).toBe(true);
    await expect(pool.acquire()).rejects.toThrow(/shut down/);
  });
});
